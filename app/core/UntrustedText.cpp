#include "UntrustedText.h"

#include <QStringList>

bool UntrustedText::isEscaped(QChar character)
{
    const char16_t code = character.unicode();
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
        return true;
    switch (code) {
    case 0x061c: // Arabic letter mark
    case 0x200e: // left-to-right and right-to-left marks
    case 0x200f:
    case 0x2028: // line and paragraph separators
    case 0x2029:
        return true;
    default:
        // Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069).
        return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    }
}

QString UntrustedText::printable(QStringView text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar character : text) {
        if (isEscaped(character))
            shown
                += QStringLiteral("\\u%1").arg(uint(character.unicode()), 4, 16, QLatin1Char('0'));
        else
            shown += character;
    }
    return shown;
}

QString UntrustedText::printableLines(QStringView text)
{
    QStringList lines;
    for (const QStringView line : text.split(QLatin1Char('\n')))
        lines.append(printable(line));
    return lines.join(QLatin1Char('\n'));
}
