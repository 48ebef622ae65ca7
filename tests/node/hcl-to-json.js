// Parses a Terraform file with HashiCorp's own HCL parser (npm
// @cdktf/hcl2json: github.com/hashicorp/hcl compiled to WebAssembly, pinned in
// package-lock.json) and prints what it read as JSON, for
// tests/cloud/tst_terraformhcl. A file the parser refuses: exit 1, its
// diagnostics on standard error. Works offline: the parser is in the package.
'use strict';

const fs = require('fs');
const path = require('path');

const { parse } = require(path.join(process.env.FINCLOUD_NODE_MODULES, '@cdktf', 'hcl2json'));

const file = process.argv[2];
parse(path.basename(file), fs.readFileSync(file, 'utf8'))
  .then((json) => process.stdout.write(JSON.stringify(json)))
  .catch((error) => {
    process.stderr.write(String(error) + '\n');
    process.exit(1);
  });
