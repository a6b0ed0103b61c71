// The manifest's menus, keybindings and colours point at what the extension registers.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { VERDICTS } from '../../src/core/review/verdicts';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const c = pkg.contributes;
const commands = new Set<string>(c.commands.map((x: { command: string }) => x.command));
const sources = ['commands/index.ts', 'commands/review.ts', 'commands/factCheck.ts', 'commands/annotate.ts', 'commands/copy.ts', 'commands/export.ts',
  'commands/navigation.ts', 'commands/reveal.ts', 'commands/toggles.ts'].map((f) => readFileSync(join(__dirname, '..', '..', 'src', 'extension', f), 'utf8')).join('\n');

describe('the manifest', () => {
  it('registers every command it contributes, and menus name only contributed commands', () => {
    for (const id of commands) {
      const verdict = /^kilde\.review\.verdict\.(.+)$/.exec(id);
      // The verdict commands are registered in a loop over VERDICTS.
      if (verdict) assert.ok(VERDICTS.includes(verdict[1] as never), id);
      else assert.ok(sources.includes(`'${id}'`), `${id} is contributed but never registered`);
    }
    for (const [menu, items] of Object.entries(c.menus) as Array<[string, Array<{ command?: string; submenu?: string }>]>) {
      for (const item of items) {
        if (item.command) assert.ok(commands.has(item.command), `${menu} names ${item.command}`);
        if (item.submenu) assert.ok(c.submenus.some((s: { id: string }) => s.id === item.submenu), `${menu} names ${item.submenu}`);
      }
    }
  });

  it('offers every verdict in the Claims view\'s "Set Verdict" menu, and a keybinding for the claim at the cursor', () => {
    const items = c.menus['kilde.review.verdictMenu'].map((i: { command: string }) => i.command);
    assert.deepEqual(items, VERDICTS.map((v) => `kilde.review.verdict.${v}`));
    const onClaims = c.menus['view/item/context'].filter((i: { submenu?: string; when: string }) => i.submenu === 'kilde.review.verdictMenu');
    assert.equal(onClaims.length, 1);
    assert.match(onClaims[0].when, /viewItem =~ \/\^claim\//);
    const key = c.keybindings.find((k: { command: string }) => k.command === 'kilde.review.setVerdict');
    assert.ok(key && key.key && key.mac && /editorTextFocus/.test(key.when));
  });

  it('declares a theme colour for every verdict the editor marks', () => {
    const colors = new Set(c.colors.map((x: { id: string }) => x.id));
    for (const v of VERDICTS.filter((x) => x !== 'unchecked')) {
      const id = `kilde.verdict.${v.replace(/-(\w)/, (_m, ch: string) => ch.toUpperCase())}`;
      assert.ok(colors.has(id), `no colour ${id}`);
    }
  });
});
