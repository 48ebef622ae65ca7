#include "CloudErrorText.h"

#include "CloudCredentials.h"

#include <QNetworkReply>
#include <QStringList>

Error CloudErrorText::toError(const CloudFailure &failure)
{
    return Error {message(failure), details(failure)};
}

bool CloudErrorText::isThrottling(const QString &code)
{
    return code.startsWith(QLatin1String("Throttling"));
}

bool CloudErrorText::sameCause(const CloudFailure &a, const CloudFailure &b)
{
    const auto serverError = [](const CloudFailure &failure) { return failure.httpStatus >= 500; };
    return a.kind == b.kind && a.code == b.code && a.networkError == b.networkError
        && a.ramAction == b.ramAction && serverError(a) == serverError(b)
        && (a.kind != CloudFailure::Kind::HttpStatus || a.httpStatus == b.httpStatus);
}

QString CloudErrorText::message(const CloudFailure &failure)
{
    // Every cause starts with a word, never with a host name: its first
    // letter can be made a capital.
    QString first = cause(failure);
    if (!first.isEmpty())
        first[0] = first.at(0).toUpper();
    const QString then = advice(failure);
    if (then.isEmpty())
        return tr("%1.", "@info a cause as a sentence").arg(first);
    return tr("%1. %2", "@info a cause as a sentence, then what to do").arg(first, then);
}

QString CloudErrorText::serverName(const CloudFailure &failure)
{
    return failure.host.isEmpty() ? tr("Alibaba Cloud", "@info the API, when no host is known")
                                  : failure.host;
}

QString CloudErrorText::cause(const CloudFailure &failure)
{
    switch (failure.kind) {
    case CloudFailure::Kind::Service:
        return serviceCause(failure);
    case CloudFailure::Kind::Timeout:
        return tr("no answer from %1 within %n second(s)", "@info cause, %1 is a host name",
            qMax(1, (failure.timeoutMs + 999) / 1000))
            .arg(serverName(failure));
    case CloudFailure::Kind::Tls:
        return tr("no secure connection to %1 (the certificate could not be verified)",
            "@info cause, %1 is a host name")
            .arg(serverName(failure));
    case CloudFailure::Kind::NoNetwork: {
        const QString reason = networkReason(failure);
        if (reason.isEmpty())
            return tr("cannot reach %1", "@info cause, %1 is a host name").arg(serverName(failure));
        return tr("cannot reach %1 (%2)", "@info cause, %1 is a host name, %2 why")
            .arg(serverName(failure), reason);
    }
    case CloudFailure::Kind::TooLarge:
        return tr("the answer from %1 was larger than %2 MB", "@info cause, %1 is a host name")
            .arg(serverName(failure))
            .arg(failure.sizeLimit / (1024 * 1024));
    case CloudFailure::Kind::Malformed:
        return tr("the answer from %1 was incomplete or not in the expected form",
            "@info cause, %1 is a host name")
            .arg(serverName(failure));
    case CloudFailure::Kind::HttpStatus:
        if (failure.httpStatus >= 500)
            return tr("the server %1 reported an internal error (HTTP %2)",
                "@info cause, %1 is a host name")
                .arg(serverName(failure))
                .arg(failure.httpStatus);
        return tr(
            "the server %1 answered with an error (HTTP %2)", "@info cause, %1 is a host name")
            .arg(serverName(failure))
            .arg(failure.httpStatus);
    case CloudFailure::Kind::Cancelled:
        return tr("the request was cancelled", "@info cause");
    case CloudFailure::Kind::MissingKey:
        return tr("no AccessKey has been given yet", "@info cause");
    }
    return {};
}

QString CloudErrorText::advice(const CloudFailure &failure)
{
    switch (failure.kind) {
    case CloudFailure::Kind::Service:
        return serviceAdvice(failure);
    case CloudFailure::Kind::Timeout:
        return tr("Check the network connection, then try again.", "@info advice");
    case CloudFailure::Kind::Tls:
        return tr("Check the computer's date, the proxy and the firewall; the wizard does not "
                  "connect without a valid certificate.",
            "@info advice");
    case CloudFailure::Kind::NoNetwork:
        return tr("Check the network connection, the proxy and the firewall, then try again.",
            "@info advice");
    case CloudFailure::Kind::TooLarge:
        return tr("If you use a gateway or proxy, check that it forwards Alibaba Cloud's answers "
                  "unchanged.",
            "@info advice");
    case CloudFailure::Kind::Malformed:
        return tr("Try again; if it keeps happening, send the details to support.", "@info advice");
    case CloudFailure::Kind::HttpStatus:
        return tr(
            "Try again later; if it keeps happening, send the details to support.", "@info advice");
    case CloudFailure::Kind::Cancelled:
        return {};
    case CloudFailure::Kind::MissingKey:
        // The wizard also takes what every other Alibaba Cloud tool on the
        // computer uses (CredentialChain): say so, not only the variables.
        return tr("Enter the AccessKey ID and secret, set the environment variables %1 and %2, "
                  "or configure the aliyun CLI (aliyun configure) and start the wizard again.",
            "@info advice, %1 and %2 are environment variable names")
            .arg(QLatin1String(CloudCredentials::AccessKeyIdVariable),
                QLatin1String(CloudCredentials::AccessKeySecretVariable));
    }
    return {};
}

QString CloudErrorText::networkReason(const CloudFailure &failure)
{
    const auto error = static_cast<QNetworkReply::NetworkError>(failure.networkError);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused", "@info why a host cannot be reached");
    case QNetworkReply::RemoteHostClosedError:
        return tr("the connection was closed early", "@info why a host cannot be reached");
    case QNetworkReply::HostNotFoundError:
        return tr("host name not found", "@info why a host cannot be reached");
    case QNetworkReply::TimeoutError:
        return tr("the connection timed out", "@info why a host cannot be reached");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("no network", "@info why a host cannot be reached");
    default:
        break;
    }
    if (error >= QNetworkReply::ProxyConnectionRefusedError
        && error < QNetworkReply::ContentAccessDenied)
        return tr(
            "the proxy did not let the request through", "@info why a host cannot be reached");
    return {};
}

namespace {

// What QT_TRANSLATE_NOOP3 gives: the source text and its comment.
struct Words
{
    const char *source;
    const char *comment;
};

struct CodeText
{
    const char *code;
    Words cause;
    Words advice;
};

// The codes that have words of their own (FACTS.md, "API shapes"). The
// throttling family and Forbidden.RAM take arguments: see serviceCause().
const CodeText Texts[] = {
    {"InvalidAccessKeyId.NotFound",
        QT_TRANSLATE_NOOP3(
            "CloudErrorText", "Alibaba Cloud does not know this AccessKey ID", "@info cause"),
        QT_TRANSLATE_NOOP3("CloudErrorText",
            "Check that you copied the whole ID and that the key has not been deleted.",
            "@info advice")},
    {"InvalidAccessKeyId.Inactive",
        QT_TRANSLATE_NOOP3("CloudErrorText", "this AccessKey is disabled", "@info cause"),
        QT_TRANSLATE_NOOP3(
            "CloudErrorText", "Enable it in the RAM console, or use another key.", "@info advice")},
    {"SignatureDoesNotMatch",
        QT_TRANSLATE_NOOP3("CloudErrorText",
            "Alibaba Cloud could not confirm the request's signature: the AccessKey secret is "
            "probably wrong",
            "@info cause"),
        QT_TRANSLATE_NOOP3("CloudErrorText", "Enter the secret again.", "@info advice")},
    {"InvalidTimeStamp.Expired",
        QT_TRANSLATE_NOOP3("CloudErrorText",
            "this computer's clock is more than 15 minutes off, so Alibaba Cloud refused the "
            "request",
            "@info cause"),
        QT_TRANSLATE_NOOP3("CloudErrorText",
            "Set the clock right (automatic time is best), then try again.", "@info advice")},
    {"SignatureNonceUsed",
        QT_TRANSLATE_NOOP3(
            "CloudErrorText", "Alibaba Cloud refused a repeated request", "@info cause"),
        QT_TRANSLATE_NOOP3("CloudErrorText", "Try again.", "@info advice")},
    {"Forbidden.UserVerification",
        QT_TRANSLATE_NOOP3("CloudErrorText",
            "the Alibaba Cloud account has not finished real-name verification (实名认证)",
            "@info cause"),
        QT_TRANSLATE_NOOP3(
            "CloudErrorText", "Finish real-name verification first.", "@info advice")},
};

const CodeText *explained(const QString &code)
{
    for (const CodeText &text : Texts) {
        if (code == QLatin1String(text.code))
            return &text;
    }
    return nullptr;
}

} // namespace

QString CloudErrorText::serviceCause(const CloudFailure &failure)
{
    const QString &code = failure.code;
    if (const CodeText *text = explained(code))
        return tr(text->cause.source, text->cause.comment);
    if (isThrottling(code))
        return tr("Alibaba Cloud is limiting how often this key may call it", "@info cause");
    if (code == QLatin1String("Forbidden.RAM")) {
        if (failure.ramAction.isEmpty())
            return tr("this AccessKey lacks a RAM permission the request needs", "@info cause");
        return tr("this AccessKey is not allowed to call %1",
            "@info cause, %1 is a RAM action such as ecs:DescribeInstances")
            .arg(failure.ramAction);
    }
    if (failure.httpStatus >= 500)
        return tr("the server %1 reported an internal error (HTTP %2, %3)",
            "@info cause, %1 is a host name, %3 the service's error code")
            .arg(serverName(failure))
            .arg(failure.httpStatus)
            .arg(code);
    return tr(
        "Alibaba Cloud refused the request (%1)", "@info cause, %1 is the service's error code")
        .arg(code);
}

QString CloudErrorText::serviceAdvice(const CloudFailure &failure)
{
    const QString &code = failure.code;
    if (const CodeText *text = explained(code))
        return tr(text->advice.source, text->advice.comment);
    if (isThrottling(code))
        return tr("Wait a minute, then try again.", "@info advice");
    if (code == QLatin1String("Forbidden.RAM")) {
        if (failure.ramAction.isEmpty())
            return tr("Ask the account owner to grant it.", "@info advice");
        return tr("Ask the account owner to grant the RAM permission %1 to this key's user "
                  "(read-only access is enough).",
            "@info advice, %1 is a RAM action such as ecs:DescribeInstances")
            .arg(failure.ramAction);
    }
    if (failure.httpStatus >= 500)
        return tr(
            "Try again later; if it keeps happening, send the details to support.", "@info advice");
    return tr("If it keeps happening, send the details to support.", "@info advice");
}

QString CloudErrorText::details(const CloudFailure &failure)
{
    QStringList lines;
    const auto add = [&lines](const char *label, const QString &value) {
        if (!value.isEmpty())
            lines.append(QLatin1String(label) + QStringLiteral(": ") + value);
    };
    add("Code", failure.code);
    add("RequestId", failure.requestId);
    if (failure.httpStatus > 0)
        add("HTTP", QString::number(failure.httpStatus));
    add("Host", failure.host);
    add("Action", failure.ramAction);
    add("Message", failure.serverMessage);
    add("Recommend", failure.recommend);
    add("Technical", failure.technical);
    if (failure.attempts > 1)
        add("Attempts", QString::number(failure.attempts));
    return lines.join(QLatin1Char('\n'));
}

QString CloudErrorText::recordCode(const CloudFailure &failure)
{
    switch (failure.kind) {
    case CloudFailure::Kind::Service:
        return failure.code;
    case CloudFailure::Kind::Timeout:
        return QStringLiteral("timeout");
    case CloudFailure::Kind::Tls:
        return QStringLiteral("tls");
    case CloudFailure::Kind::NoNetwork:
        return QStringLiteral("network");
    case CloudFailure::Kind::TooLarge:
    case CloudFailure::Kind::Malformed:
        return QStringLiteral("malformed");
    case CloudFailure::Kind::HttpStatus:
        return QStringLiteral("http %1").arg(failure.httpStatus);
    case CloudFailure::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case CloudFailure::Kind::MissingKey:
        return QStringLiteral("no key");
    }
    return {};
}
