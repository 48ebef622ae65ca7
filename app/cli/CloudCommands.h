// The headless cloud commands:
//   fincloud-onboard check-public-resources [--json] [--api-endpoint URL]
//       Exit status: 0 none visible to this key, 1 resources found,
//       2 the check could not be completed.
//   fincloud-onboard zones [--json] [--api-endpoint URL]
//       Exit status: 0 every Finance Cloud region answered, 2 otherwise.
//   plan --format ros --validate (PlanCommand calls validateRosTemplate)
//       ROS ValidateTemplate (2019-09-10, central endpoint; it needs no
//       permission): 0 accepted, 2 refused or the call failed.
//   fincloud-onboard which-credentials   (hidden; for tests/cloud/tst_sdkcredentials)
//       The key the chain chose as JSON: source, mode, profile, SHA-256 of
//       the id, secret and token. Exit status 0, 2 when there is none.
// The key comes from the official SDKs' credential chain (CredentialChain,
// --cloud-profile already in `environment`); the endpoint
// override from --api-endpoint, else FINCLOUD_API_ENDPOINT. Each command runs
// its own event loop until the calls are done (a QCoreApplication must exist).
// Must never print the secret, in any output format.
#pragma once

#include "cloud/OpenApiClient.h"

#include <QProcessEnvironment>
#include <QString>

class Clock;
class QTextStream;

struct CloudCommandOptions
{
    QString apiEndpoint; // empty: FINCLOUD_API_ENDPOINT, else the real endpoints
    bool json = false;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    OpenApiClientSettings client; // tests shorten the time-outs
};

int runCheckPublicResources(
    const CloudCommandOptions &options, const Clock &clock, QTextStream &out, QTextStream &err);
int runZones(
    const CloudCommandOptions &options, const Clock &clock, QTextStream &out, QTextStream &err);
// Asks ROS whether `templateBody` is a template it accepts (for the region
// `regionId`); says so on `out`, or why not on `err`.
int validateRosTemplate(const CloudCommandOptions &options, const Clock &clock,
    const QByteArray &templateBody, const QString &regionId, QTextStream &out, QTextStream &err);
int runWhichCredentials(
    const CloudCommandOptions &options, const Clock &clock, QTextStream &out, QTextStream &err);
