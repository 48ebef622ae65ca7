#include "CloudErrorText.h"

#include "CloudCredentials.h"

#include <QStringList>

Error CloudErrorText::toError(const CloudFailure &failure)
{
    return Error {message(failure), details(failure)};
}

bool CloudErrorText::isThrottling(const QString &code)
{
    return code.startsWith(QLatin1String("Throttling"));
}

QString CloudErrorText::message(const CloudFailure &failure)
{
    switch (failure.kind) {
    case CloudFailure::Kind::Service:
        return serviceMessage(failure);
    case CloudFailure::Kind::Timeout:
        return tr("Alibaba Cloud did not answer within %n second(s). Check the network "
                  "connection, then try again.",
            "@info", qMax(1, (failure.timeoutMs + 999) / 1000));
    case CloudFailure::Kind::Tls:
        return tr("No secure connection to %1 could be made, or its certificate could not be "
                  "verified. Check the computer's date, the proxy and the firewall; the wizard "
                  "does not connect without a valid certificate.",
            "@info %1 is a host name")
            .arg(failure.host);
    case CloudFailure::Kind::NoNetwork:
        return tr("Cannot reach %1. Check the network connection, the proxy and the firewall, "
                  "then try again.",
            "@info %1 is a host name")
            .arg(failure.host);
    case CloudFailure::Kind::TooLarge:
        return tr("The answer from %1 was larger than %2 MB, so the wizard stopped reading it. "
                  "If you use a gateway or proxy, check that it forwards Alibaba Cloud's "
                  "answers unchanged.",
            "@info %1 is a host name")
            .arg(failure.host)
            .arg(failure.sizeLimit / (1024 * 1024));
    case CloudFailure::Kind::Malformed:
        return tr("The answer from Alibaba Cloud was incomplete or not in the expected form. "
                  "Try again; if it keeps happening, send the details to support.",
            "@info");
    case CloudFailure::Kind::HttpStatus:
        return tr("Alibaba Cloud answered with an error (HTTP %1). Try again later.", "@info")
            .arg(failure.httpStatus);
    case CloudFailure::Kind::Cancelled:
        return tr("The request was cancelled.", "@info");
    case CloudFailure::Kind::MissingKey:
        return tr("No AccessKey has been given yet. Enter the AccessKey ID and secret, or set "
                  "the environment variables %1 and %2.",
            "@info %1 and %2 are environment variable names")
            .arg(QLatin1String(CloudCredentials::AccessKeyIdVariable),
                QLatin1String(CloudCredentials::AccessKeySecretVariable));
    }
    return {};
}

namespace {

struct CodeSentence
{
    const char *code;
    struct
    {
        const char *source;
        const char *comment;
    } text;
};

// The codes that have a sentence of their own (FACTS.md, "API shapes"). The
// throttling family and Forbidden.RAM take arguments: see serviceMessage().
const CodeSentence Sentences[] = {
    {"InvalidAccessKeyId.NotFound",
        QT_TRANSLATE_NOOP3("CloudErrorText",
            "Alibaba Cloud does not know this AccessKey ID. Check that you copied the whole ID "
            "and that the key has not been deleted.",
            "@info")},
    {"InvalidAccessKeyId.Inactive",
        QT_TRANSLATE_NOOP3("CloudErrorText",
            "This AccessKey is disabled. Enable it in the RAM console, or use another key.",
            "@info")},
    {"SignatureDoesNotMatch",
        QT_TRANSLATE_NOOP3("CloudErrorText",
            "Alibaba Cloud could not confirm the request's signature: the AccessKey secret is "
            "probably wrong. Enter the secret again.",
            "@info")},
    {"InvalidTimeStamp.Expired",
        QT_TRANSLATE_NOOP3("CloudErrorText",
            "This computer's clock is more than 15 minutes off, so Alibaba Cloud refused the "
            "request. Set the clock right (automatic time is best), then try again.",
            "@info")},
    {"SignatureNonceUsed",
        QT_TRANSLATE_NOOP3(
            "CloudErrorText", "Alibaba Cloud refused a repeated request. Try again.", "@info")},
    {"Forbidden.UserVerification",
        QT_TRANSLATE_NOOP3("CloudErrorText",
            "The Alibaba Cloud account has not finished real-name verification (实名认证), so "
            "Alibaba Cloud refused the request. Finish real-name verification first.",
            "@info")},
};

} // namespace

QString CloudErrorText::serviceMessage(const CloudFailure &failure)
{
    const QString &code = failure.code;
    for (const CodeSentence &sentence : Sentences) {
        if (code == QLatin1String(sentence.code))
            return tr(sentence.text.source, sentence.text.comment);
    }
    if (isThrottling(code))
        return tr("Alibaba Cloud is limiting how often this key may call it. Wait a minute, "
                  "then try again.",
            "@info");
    if (code == QLatin1String("Forbidden.RAM")) {
        if (failure.ramAction.isEmpty())
            return tr("This AccessKey lacks a RAM permission the request needs. Ask the "
                      "account owner to grant it.",
                "@info");
        return tr("This AccessKey is not allowed to call %1. Ask the account owner to grant "
                  "the RAM permission %1 to this key's user (read-only access is enough).",
            "@info %1 is a RAM action such as ecs:DescribeInstances")
            .arg(failure.ramAction);
    }
    return tr("Alibaba Cloud refused the request (%1).", "@info %1 is the service's error code")
        .arg(code);
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
