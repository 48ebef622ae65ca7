// Turns a failed OpenAPI call (a CloudFailure: the facts, kept as a value)
// into words when they are shown, in the language of the moment: the cause as
// a short clause for a summary line ("cannot reach ecs.aliyuncs.com
// (connection refused)"), what to do about it, both as one sentence for the
// user, and details for support (the raw code, the request id, the HTTP
// status, the service's own message).
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
    int networkError = 0; // QNetworkReply::NetworkError for NoNetwork and Tls
    int timeoutMs = 0;
    qint64 sizeLimit = 0;
    int attempts = 1;
};

class CloudErrorText
{
    Q_DECLARE_TR_FUNCTIONS(CloudErrorText)
public:
    static Error toError(const CloudFailure &failure);
    // The cause and the advice as sentences: "Cannot reach … . Check …".
    static QString message(const CloudFailure &failure);
    // A clause that can follow a colon: "cannot reach ecs.aliyuncs.com
    // (connection refused)"; never empty.
    static QString cause(const CloudFailure &failure);
    // What the user can do about it, a sentence; empty when nothing helps.
    static QString advice(const CloudFailure &failure);
    static QString details(const CloudFailure &failure);
    // What a stored check result keeps as its error code: the service's
    // code, else a word for the kind ("timeout", "tls", "http 502" …).
    static QString recordCode(const CloudFailure &failure);
    static bool isThrottling(const QString &code);
    // Whether two failures have the same cause for the user (the host aside:
    // one refused connection looks alike in every region).
    static bool sameCause(const CloudFailure &a, const CloudFailure &b);

private:
    static QString serviceCause(const CloudFailure &failure);
    static QString serviceAdvice(const CloudFailure &failure);
    static QString networkReason(const CloudFailure &failure);
    static QString serverName(const CloudFailure &failure);
};
