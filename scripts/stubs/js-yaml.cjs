/**
 * Stands in for js-yaml in dist/. gray-matter loads js-yaml for its default
 * YAML engine, which Edition never uses: front matter is parsed by `yaml`
 * (src/stages/parse-front-matter.ts passes its own engine). Loading it cost
 * every build that reads an edition about 20 ms. Anything that does call it
 * fails loudly instead of parsing YAML another way.
 */
'use strict';

function unused() {
  throw new Error('js-yaml is not bundled with Edition: front matter is parsed with the yaml package.');
}

module.exports = { safeLoad: unused, safeDump: unused, load: unused, dump: unused };
