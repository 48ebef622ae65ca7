// A control's text without its keyboard mnemonic, for accessible names and
// tooltips: "&Next >" → "Next >", and the Chinese form "下一步(&N) >" →
// "下一步 >". A literal "&&" stays one "&".
#pragma once

#include <QRegularExpression>
#include <QString>

inline QString withoutMnemonic(QString text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\(&[^&]\\)"));
    static const QRegularExpression single(QStringLiteral("&(.)"));
    text.remove(bracketed);
    text.replace(single, QStringLiteral("\\1"));
    return text;
}
