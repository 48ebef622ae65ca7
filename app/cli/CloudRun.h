// What every headless cloud command does before its first call: the
// endpoint override, the key the official SDKs' credential chain chooses
// (CredentialChain: a broken file or an unsupported mode is named, not
// passed over), one network manager, and one client signing with that key
// — or with a role's temporary key, through an AssumedRoleSession, for a
// RamRoleArn profile. Shared by CloudCommands, AccountCommand and every
// command that calls Alibaba Cloud.
// Must never print the secret; cloud errors are printed with control
// characters escaped (they come from the server).
#pragma once

#include "cloud/CloudCredentials.h"
#include "cloud/CredentialChain.h"
#include "cloud/EndpointPolicy.h"
#include "cloud/OpenApiClient.h"
#include "core/Result.h"

#include <functional>
#include <optional>

struct CloudCommandOptions;
class Clock;
class QTextStream;

struct CloudSetup
{
    EndpointPolicy endpoints;
    CloudCredentials credentials; // the chain's key (a role's source key)
    std::optional<RoleToAssume> role;
};

// The endpoints and key for `options`, or the sentence saying what is wrong.
Result<CloudSetup> setUpCloud(const CloudCommandOptions &options);

// Prints an error and its details, indented, escaped for the terminal.
void printCloudError(QTextStream &err, const Error &error);

// Sets up, then runs `command` with a client; 2 (after printing why) when
// no client can be made.
int withCloud(const CloudCommandOptions &options, const Clock &clock, QTextStream &err,
    const std::function<int(OpenApiClient &, const CloudSetup &)> &command);
