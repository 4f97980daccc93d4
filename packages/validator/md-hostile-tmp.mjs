import { unified } from 'unified';
import remarkParse from 'remark-parse';
const p = unified().use(remarkParse);
for (const [name, text] of [['quotes', '>'.repeat(100000) + ' x'], ['brackets', '['.repeat(100000)], ['lists', Array.from({length: 5000}, (_, i) => ' '.repeat(i * 2) + '- x').join('\n')], ['emph', '*a '.repeat(50000)], ['links', '[a](b '.repeat(30000)], ['html', '<div>'.repeat(50000)]]) {
  const t = performance.now();
  try { const tree = p.parse(text); let depth = 0, n = tree; while (n.children && n.children[0]) { n = n.children[0]; depth++; } console.log(name, (performance.now() - t).toFixed(0), 'ms depth', depth); }
  catch (e) { console.log(name, 'THROWS', e.constructor.name, String(e.message).slice(0, 80), (performance.now() - t).toFixed(0), 'ms'); }
}
