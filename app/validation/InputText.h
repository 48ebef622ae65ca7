// The first steps every identifier check shares: fold what Chinese input
// methods type (full-width ASCII) into plain ASCII and test characters strictly
// as ASCII, so that look-alikes (Cyrillic letters, Arabic-Indic digits) never
// pass. It must never drop or replace a character beyond the folding described
// here, and never touch text longer than a check asked for.
#pragma once

#include <QString>
#include <QStringView>

class InputText
{
public:
    // Room for spaces around a typed value before the input counts as far too
    // long to look at: checks reject such input before cleaning it.
    static constexpr qsizetype TypingRoom = 64;

    static bool isFarTooLong(const QString &raw, qsizetype maxLength)
    {
        return raw.size() > maxLength + TypingRoom;
    }

    static bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }
    static bool isAsciiUpper(QChar c) { return c >= u'A' && c <= u'Z'; }
    static bool isAsciiLower(QChar c) { return c >= u'a' && c <= u'z'; }
    static bool isAsciiDigits(QStringView text);
    // C0 controls (U+0000..U+001F, tab and line breaks included), DEL and the
    // C1 controls (U+0080..U+009F).
    static bool isControl(QChar c)
    {
        const char16_t u = c.unicode();
        return u < 0x20 || (u >= 0x7F && u <= 0x9F);
    }
    // Index of the first control character once the whitespace around the
    // text is left aside (what QString::trimmed() drops), or -1.
    static qsizetype firstControlWithin(QStringView text);

    // Full-width ASCII (U+FF01..U+FF5E) becomes ASCII; nothing else changes.
    static QString foldFullWidth(QStringView text);
    // ASCII a-z become A-Z; other letters stay (no Unicode case mapping, which
    // would turn e.g. U+0131 'ı' into a plain 'I').
    static QString asciiUpper(QString text);
    static QString asciiLower(QString text);
    // Trimmed, folded and upper-cased: the shape of a typed code.
    static QString cleanedCode(const QString &raw);
    // Folded, with every whitespace character and every character in
    // `separators` removed.
    static QString withoutSeparators(const QString &raw, QStringView separators);

    // Index of the first character for which `allowed` is false, or -1.
    template<typename Predicate>
    static qsizetype firstNotAllowed(QStringView text, Predicate allowed)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (!allowed(text[i]))
                return i;
        }
        return -1;
    }

    // The character at `index` as a user can recognise it: 'X' for printable
    // ASCII, 'О' (U+041E) for other printable characters, U+0000 otherwise.
    static QString describe(QStringView text, qsizetype index);
};
