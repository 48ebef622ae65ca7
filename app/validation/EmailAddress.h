// Checks an e-mail address with a pragmatic syntax (one @, an ASCII local part
// of at most 64 characters, a dotted domain of letters, digits and hyphens, at
// most 254 in all) and notes personal free-mail domains, since the guide
// recommends a company address. It must never look the domain up.
#pragma once

#include "FieldVerdict.h"

#include <QCoreApplication>

class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)
public:
    static constexpr qsizetype MaxLength = 254;
    static constexpr qsizetype MaxLocalLength = 64;
    static constexpr qsizetype MaxLabelLength = 63;

    // Trims and folds full-width characters; the domain is stored in lower
    // case. An empty address is Ok unless `required`.
    static FieldVerdict check(const QString &input, bool required);

    // True for a well-known personal mailbox provider (qq.com, 163.com, ...);
    // `domain` in lower case.
    static bool isFreeMailDomain(QStringView domain);
};
