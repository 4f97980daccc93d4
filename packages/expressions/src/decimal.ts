const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Most significant digits a decimal may carry; more is refused so BigInt work stays bounded. */
export const MAX_DECIMAL_DIGITS = 64;

/** Fraction digits a quotient is computed to before trailing zeros are dropped (specs/rules.md §4.3). */
export const DIVISION_SCALE = 20;

/**
 * An exact decimal number: `coefficient / 10^scale`. The scale is kept, so `"12.50"` stays
 * `"12.50"` (currency), while comparison is by value (`12.5 = 12.50`). Immutable.
 */
export class Decimal {
  /** The unscaled integer value. */
  readonly coefficient: bigint;
  /** Digits after the decimal point, ≥ 0. */
  readonly scale: number;

  constructor(coefficient: bigint, scale: number) {
    this.coefficient = coefficient;
    this.scale = scale;
  }

  /** Reads a decimal string `^-?\d+(\.\d+)?$`; `undefined` when the text is not one or too long. */
  static parse(text: string): Decimal | undefined {
    if (text.length > MAX_DECIMAL_DIGITS + 2) return undefined;
    const match = DECIMAL.exec(text);
    if (!match) return undefined;
    const fraction = match[3] ?? '';
    const digits = BigInt(match[2]! + fraction);
    return new Decimal(match[1] ? -digits : digits, fraction.length);
  }

  /** Converts a finite JS number through its shortest round-trip text; `undefined` for NaN, ±Infinity or exponent form. */
  static fromNumber(value: number): Decimal | undefined {
    if (!Number.isFinite(value)) return undefined;
    return Decimal.parse(Object.is(value, -0) ? '0' : String(value));
  }

  /** An integer. */
  static fromInteger(value: number | bigint): Decimal {
    return new Decimal(BigInt(value), 0);
  }

  /** The decimal text with exactly `scale` fraction digits. */
  toString(): string {
    const negative = this.coefficient < 0n;
    let digits = (negative ? -this.coefficient : this.coefficient).toString();
    if (this.scale > 0) {
      digits = digits.padStart(this.scale + 1, '0');
      digits = `${digits.slice(0, -this.scale)}.${digits.slice(-this.scale)}`;
    }
    return negative ? `-${digits}` : digits;
  }

  /** JSON form: the decimal string (exact). */
  toJSON(): string {
    return this.toString();
  }

  /** A JS number (may lose precision; for display and integer fields only). */
  toNumber(): number {
    return Number(this.toString());
  }

  /** True when the value has no fractional part. */
  isInteger(): boolean {
    return this.coefficient % 10n ** BigInt(this.scale) === 0n;
  }

  /** This value at `scale` fraction digits (only widening; never rounds). */
  private widen(scale: number): bigint {
    return this.coefficient * 10n ** BigInt(scale - this.scale);
  }

  /** `this + other`, at the larger scale. */
  add(other: Decimal): Decimal {
    const scale = Math.max(this.scale, other.scale);
    return new Decimal(this.widen(scale) + other.widen(scale), scale);
  }

  /** `this - other`, at the larger scale. */
  subtract(other: Decimal): Decimal {
    return this.add(other.negate());
  }

  /** `-this`. */
  negate(): Decimal {
    return new Decimal(-this.coefficient, this.scale);
  }

  /** `|this|`. */
  abs(): Decimal {
    return this.coefficient < 0n ? this.negate() : this;
  }

  /** `this × other`, exact (scales add), bounded by {@link DIVISION_SCALE} fraction digits. */
  multiply(other: Decimal): Decimal {
    const product = new Decimal(this.coefficient * other.coefficient, this.scale + other.scale);
    return product.scale > DIVISION_SCALE ? product.round(DIVISION_SCALE).trim() : product;
  }

  /**
   * `this ÷ other` to {@link DIVISION_SCALE} fraction digits, rounded half away from zero,
   * trailing zeros dropped. `undefined` when dividing by zero.
   */
  divide(other: Decimal): Decimal | undefined {
    if (other.coefficient === 0n) return undefined;
    // Scale the numerator so the integer quotient carries DIVISION_SCALE + 1 digits, then round.
    const shift = DIVISION_SCALE + 1 + other.scale - this.scale;
    const numerator = shift >= 0 ? this.coefficient * 10n ** BigInt(shift) : this.coefficient / 10n ** BigInt(-shift);
    const quotient = new Decimal(numerator / other.coefficient, DIVISION_SCALE + 1);
    return quotient.round(DIVISION_SCALE).trim();
  }

  /** Remainder of truncated division (sign of `this`); `undefined` when dividing by zero. */
  remainder(other: Decimal): Decimal | undefined {
    if (other.coefficient === 0n) return undefined;
    const scale = Math.max(this.scale, other.scale);
    return new Decimal(this.widen(scale) % other.widen(scale), scale);
  }

  /** Rounds to `places` fraction digits, half away from zero (kaufmännisches Runden). */
  round(places: number): Decimal {
    if (places >= this.scale) return new Decimal(this.widen(places), places);
    const divisor = 10n ** BigInt(this.scale - places);
    const negative = this.coefficient < 0n;
    const magnitude = negative ? -this.coefficient : this.coefficient;
    let quotient = magnitude / divisor;
    if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
    return new Decimal(negative ? -quotient : quotient, places);
  }

  /** The same value without trailing fraction zeros (`1.500` → `1.5`, `2.0` → `2`). */
  trim(): Decimal {
    let { coefficient, scale } = this;
    while (scale > 0 && coefficient % 10n === 0n) {
      coefficient /= 10n;
      scale--;
    }
    return new Decimal(coefficient, scale);
  }

  /** −1, 0 or 1 by value (`1.5` equals `1.50`). */
  compare(other: Decimal): -1 | 0 | 1 {
    const scale = Math.max(this.scale, other.scale);
    const a = this.widen(scale);
    const b = other.widen(scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }
}
