#!/usr/bin/env node
// A committed entry point, so npm links the `fimforms` command at install time,
// before `dist/` has been built.
import '../dist/bin.js';
