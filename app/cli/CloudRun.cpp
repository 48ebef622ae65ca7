#include "CloudRun.h"

#include "cli/CloudCommands.h"
#include "cloud/AssumedRoleSession.h"
#include "core/UntrustedText.h"

#include <QNetworkAccessManager>
#include <QTextStream>

Result<CloudSetup> setUpCloud(const CloudCommandOptions &options)
{
    Result<EndpointPolicy> endpoints
        = EndpointPolicy::chosen(options.apiEndpoint, options.environment);
    if (!endpoints)
        return endpoints.error();
    Result<std::optional<CredentialChoice>> chosen = CredentialChain::resolve(options.environment);
    if (!chosen)
        return chosen.error();
    if (!chosen.value())
        return CredentialChain::nothingFound(options.environment);
    return CloudSetup {endpoints.value(), chosen.value()->key, chosen.value()->role};
}

void printCloudError(QTextStream &err, const Error &error)
{
    err << UntrustedText::printable(error.message) << '\n';
    if (!error.details.isEmpty())
        err << "  "
            << UntrustedText::printableLines(error.details)
                   .replace(QLatin1Char('\n'), QStringLiteral("\n  "))
            << '\n';
}

int withCloud(const CloudCommandOptions &options, const Clock &clock, QTextStream &err,
    const std::function<int(OpenApiClient &, const CloudSetup &)> &command)
{
    const Result<CloudSetup> setup = setUpCloud(options);
    if (!setup) {
        printCloudError(err, setup.error());
        return 2;
    }
    QNetworkAccessManager network;
    if (!setup.value().role) {
        OpenApiClient client(network, clock, setup.value().credentials, options.client);
        return command(client, setup.value());
    }
    const RoleToAssume &role = *setup.value().role;
    OpenApiClient client(network, clock,
        std::make_shared<AssumedRoleSession>(network, clock, setup.value().credentials, role,
            AssumedRoleSession::stsEndpoint(role, setup.value().endpoints), options.client),
        options.client);
    return command(client, setup.value());
}
