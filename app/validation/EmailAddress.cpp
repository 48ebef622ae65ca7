#include "EmailAddress.h"

#include "InputText.h"

#include <algorithm>
#include <array>

namespace {

constexpr std::array<QStringView, 16> FreeMailDomains = {
    u"qq.com",
    u"163.com",
    u"126.com",
    u"sina.com",
    u"sina.cn",
    u"sohu.com",
    u"yeah.net",
    u"foxmail.com",
    u"gmail.com",
    u"outlook.com",
    u"hotmail.com",
    u"yahoo.com",
    u"icloud.com",
    u"aliyun.com",
    u"vip.qq.com",
    u"vip.163.com",
};

// Characters RFC 5322 allows in an unquoted local part besides letters,
// digits and dots.
constexpr QStringView LocalSymbols = u"!#$%&'*+/=?^_`{|}~-";

bool isLocalCharacter(QChar c)
{
    return InputText::isAsciiDigit(c) || InputText::isAsciiUpper(c) || InputText::isAsciiLower(c)
        || c == u'.' || LocalSymbols.contains(c);
}

bool isDomainCharacter(QChar c)
{
    return InputText::isAsciiDigit(c) || InputText::isAsciiLower(c) || c == u'-';
}

QString localPartProblem(QStringView local)
{
    if (local.isEmpty())
        return EmailAddress::tr("There is nothing before the @.", "@info validation");
    if (local.size() > EmailAddress::MaxLocalLength)
        return EmailAddress::tr(
            "The part before the @ can have at most 64 characters; it has %1.", "@info validation")
            .arg(local.size());
    const qsizetype bad = InputText::firstNotAllowed(local, isLocalCharacter);
    if (bad >= 0)
        return EmailAddress::tr("The character %1 cannot be used before the @.", "@info validation")
            .arg(InputText::describe(local, bad));
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return EmailAddress::tr("The part before the @ cannot start or end with a dot or have "
                                "two dots in a row.",
            "@info validation");
    return {};
}

QString labelProblem(QStringView label)
{
    if (label.isEmpty())
        return EmailAddress::tr(
            "The part after the @ has an empty name between dots.", "@info validation");
    if (label.size() > EmailAddress::MaxLabelLength)
        return EmailAddress::tr("Each name between the dots after the @ can have at most 63 "
                                "characters; one has %1.",
            "@info validation")
            .arg(label.size());
    const qsizetype bad = InputText::firstNotAllowed(label, isDomainCharacter);
    if (bad >= 0)
        return EmailAddress::tr("The character %1 cannot be used after the @: use letters, digits "
                                "and hyphens only.",
            "@info validation")
            .arg(InputText::describe(label, bad));
    if (label.startsWith(u'-') || label.endsWith(u'-'))
        return EmailAddress::tr(
            "The name %1 after the @ cannot start or end with a hyphen.", "@info validation")
            .arg(label);
    return {};
}

// `domain` in lower case.
QString domainProblem(QStringView domain)
{
    if (domain.isEmpty())
        return EmailAddress::tr("There is nothing after the @.", "@info validation");
    if (!domain.contains(u'.'))
        return EmailAddress::tr(
            "The part after the @ needs a dot, as in example.com.", "@info validation");
    for (const QStringView label : domain.tokenize(u'.')) {
        const QString problem = labelProblem(label);
        if (!problem.isEmpty())
            return problem;
    }
    if (InputText::isAsciiDigits(domain.sliced(domain.lastIndexOf(u'.') + 1)))
        return EmailAddress::tr("The address must end in a name such as .com or .cn, not a "
                                "number.",
            "@info validation");
    return {};
}

} // namespace

bool EmailAddress::isFreeMailDomain(QStringView domain)
{
    return std::find(FreeMailDomains.begin(), FreeMailDomains.end(), domain)
        != FreeMailDomains.end();
}

FieldVerdict EmailAddress::check(const QString &input, bool required)
{
    const auto tooLong = [](qsizetype length) {
        return FieldVerdict::error(
            tr("An e-mail address can have at most 254 characters; this one has %1.",
                "@info validation")
                .arg(length));
    };
    if (InputText::isFarTooLong(input, MaxLength))
        return tooLong(input.size());
    const QString address = InputText::foldFullWidth(input.trimmed());
    if (address.isEmpty()) {
        if (required)
            return FieldVerdict::error(tr("Enter an e-mail address.", "@info validation"));
        return FieldVerdict::ok({});
    }
    if (address.size() > MaxLength)
        return tooLong(address.size());
    const qsizetype ats = address.count(u'@');
    if (ats != 1)
        return FieldVerdict::error(
            tr("An e-mail address has exactly one @; this one has %1.", "@info validation")
                .arg(ats));
    const qsizetype at = address.indexOf(u'@');
    const QString local = address.first(at);
    const QString domain = InputText::asciiLower(address.sliced(at + 1));
    QString problem = localPartProblem(local);
    if (problem.isEmpty())
        problem = domainProblem(domain);
    if (!problem.isEmpty())
        return FieldVerdict::error(problem);
    const QString normalized = local + u'@' + domain;
    if (isFreeMailDomain(domain))
        return FieldVerdict::note(tr("%1 is a personal mailbox provider. A company address is "
                                     "recommended, so that the account stays with the company "
                                     "when staff change.",
                                      "@info validation")
                                      .arg(domain),
            normalized);
    return FieldVerdict::ok(normalized);
}
