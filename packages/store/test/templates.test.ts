/** test-support/stores.ts templates: filled once, cloned per test, clones independent of each other. */
import { expect, it, onTestFinished } from 'vitest';
import { dropTemplate, storeDigest, withEachEngine } from '../../../test-support/stores.ts';
import { generated } from './objects.ts';

withEachEngine('store templates', (makeRepo, { template, cloneRepo }) => {
  it('clones hold what the template was filled with, and writes to one clone stay in it', async () => {
    const objects = generated(2_000, 'template');
    let fills = 0;
    const fill = async (repo: Parameters<Parameters<typeof template>[1]>[0]) => {
      fills++;
      await repo.put(objects);
      await repo.meta.set('fixture', 'generated-2000');
    };
    const key = `contract-template-${process.pid}-${Date.now()}`;
    const built = await template(key, fill);
    onTestFinished(() => dropTemplate(built));
    expect(await template(key, fill)).toBe(built);
    expect(fills).toBe(1);

    const reference = await makeRepo();
    await reference.put(objects);
    const expected = await storeDigest(reference);

    const first = await cloneRepo(built);
    const second = await cloneRepo(built);
    expect(await storeDigest(first)).toEqual(expected);
    expect(await first.meta.get('fixture')).toBe('generated-2000');
    await first.put(generated(5, 'only-in-first'));
    expect((await first.info()).versions).toBe(2_005);
    expect(await storeDigest(second)).toEqual(expected);
  });
});
