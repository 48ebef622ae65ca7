// Which credentials the official Alibaba Cloud SDKs choose (npm
// @alicloud/credentials, its default chain), in the environment this process
// was given (HOME, ALIBABA_CLOUD_*), printed as JSON with SHA-256 hashes of the
// id, secret and token, never the values. tests/cloud/tst_sdkcredentials runs
// it beside `fincloud-onboard which-credentials` and compares the two.
// RamRoleArn: the STS call never leaves this process. The answer comes from
// FINCLOUD_FAKE_STS_ANSWER (the fake server's), and the request the SDK made
// is printed too (role, session name, duration, the signing key's hash).
'use strict';

const crypto = require('crypto');
const path = require('path');

const modules = process.env.FINCLOUD_NODE_MODULES;
const credentialsPackage = path.join(modules, '@alicloud', 'credentials');
const http = require(path.join(credentialsPackage, 'dist', 'src', 'providers', 'http'));

const sha256 = (text) => (text ? crypto.createHash('sha256').update(text, 'utf8').digest('hex') : '');

let assumeRole = null;
http.doRequest = async (request) => {
  const form = request.bodyForm || {};
  assumeRole = {
    action: request.queries.Action,
    roleArn: form.RoleArn,
    roleSessionName: form.RoleSessionName,
    durationSeconds: form.DurationSeconds,
    accessKeyIdSha256: sha256(request.queries.AccessKeyId),
  };
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(process.env.FINCLOUD_FAKE_STS_ANSWER || '{}', 'utf8'),
  };
};

const sources = { env: 'environment', cli_profile: 'cli-profile', profile: 'credentials-file' };

// The chain names only the source (default/cli_profile); the mode shows in
// what came back: a role when the SDK called AssumeRole, else STS credentials
// when there is a token.
function describe(providerName, securityToken) {
  const parts = providerName.split('/');
  const source = sources[parts[1]] || parts[1];
  let mode = securityToken ? 'StsToken' : 'AK';
  if (assumeRole || parts.includes('ram_role_arn')) mode = 'RamRoleArn';
  return { source, mode };
}

(async () => {
  const { default: Credential } = require(credentialsPackage);
  const credential = new Credential();
  const model = await credential.getCredential();
  const { source, mode } = describe(model.providerName, model.securityToken);
  const result = {
    providerName: model.providerName,
    source,
    mode,
    accessKeyIdSha256: sha256(model.accessKeyId),
    secretSha256: sha256(model.accessKeySecret),
    securityTokenSha256: sha256(model.securityToken),
  };
  if (assumeRole) result.assumeRole = assumeRole;
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
})().catch((error) => {
  // The SDK's messages may quote a file's content: print only the first line.
  process.stderr.write(`the SDK chose nothing: ${String(error.message).split('\n')[0].slice(0, 200)}\n`);
  process.exit(3);
});
