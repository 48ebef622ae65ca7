// Turns a failed OpenAPI call into an Error: a plain sentence for the user
// (translated; English source) and details for support (the raw code, the
// request id, the HTTP status, the service's own message).
// Must never put the AccessKey secret, a signature or an Authorization header
// into either; it is never given them (OpenApiReply redacts what a server
// echoes before it gets here).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

struct CloudFailure
{
    enum class Kind {
        Service, // the service answered with an error code
        Timeout,
        Tls,
        NoNetwork,
        TooLarge,
        Malformed, // not JSON, not an object, truncated, unexpected shape
        HttpStatus, // an HTTP error without a usable error body
        Cancelled,
        MissingKey, // no complete AccessKey to sign with
    };

    Kind kind = Kind::Service;
    QString code; // the service's Code, e.g. Forbidden.RAM
    QString requestId;
    int httpStatus = 0;
    QString serverMessage;
    QString recommend; // the service's diagnosis link
    QString host;
    QString ramAction; // e.g. ecs:DescribeInstances: the permission the call needs
    QString technical; // the network layer's text, parse errors, limits
    int timeoutMs = 0;
    qint64 sizeLimit = 0;
    int attempts = 1;
};

class CloudErrorText
{
    Q_DECLARE_TR_FUNCTIONS(CloudErrorText)
public:
    static Error toError(const CloudFailure &failure);
    static QString message(const CloudFailure &failure);
    static QString details(const CloudFailure &failure);
    static bool isThrottling(const QString &code);

private:
    static QString serviceMessage(const CloudFailure &failure);
};
