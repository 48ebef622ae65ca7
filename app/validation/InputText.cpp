#include "InputText.h"

namespace {

constexpr char16_t FullWidthFirst = 0xFF01;
constexpr char16_t FullWidthLast = 0xFF5E;
constexpr char16_t FullWidthOffset = 0xFEE0;

QString hexCodePoint(char32_t codePoint)
{
    return QStringLiteral("U+%1").arg(quint32(codePoint), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

bool InputText::isAsciiDigits(QStringView text)
{
    return firstNotAllowed(text, isAsciiDigit) < 0;
}

qsizetype InputText::firstControlWithin(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text[begin].isSpace())
        ++begin;
    while (end > begin && text[end - 1].isSpace())
        --end;
    const qsizetype found
        = firstNotAllowed(text.sliced(begin, end - begin), [](QChar c) { return !isControl(c); });
    return found < 0 ? -1 : begin + found;
}

QString InputText::foldFullWidth(QStringView text)
{
    QString folded = text.toString();
    for (QChar &c : folded) {
        if (c.unicode() >= FullWidthFirst && c.unicode() <= FullWidthLast)
            c = QChar(char16_t(c.unicode() - FullWidthOffset));
    }
    return folded;
}

QString InputText::asciiUpper(QString text)
{
    for (QChar &c : text) {
        if (isAsciiLower(c))
            c = QChar(char16_t(c.unicode() - u'a' + u'A'));
    }
    return text;
}

QString InputText::asciiLower(QString text)
{
    for (QChar &c : text) {
        if (isAsciiUpper(c))
            c = QChar(char16_t(c.unicode() - u'A' + u'a'));
    }
    return text;
}

QString InputText::cleanedCode(const QString &raw)
{
    return asciiUpper(foldFullWidth(raw.trimmed()));
}

QString InputText::withoutSeparators(const QString &raw, QStringView separators)
{
    QString kept;
    kept.reserve(raw.size());
    for (const QChar c : foldFullWidth(raw)) {
        if (!c.isSpace() && !separators.contains(c))
            kept.append(c);
    }
    return kept;
}

QString InputText::describe(QStringView text, qsizetype index)
{
    const QChar c = text[index];
    if (c.unicode() >= 0x21 && c.unicode() < 0x7F)
        return QStringLiteral("'%1'").arg(c);
    char32_t codePoint = c.unicode();
    QStringView shown = text.mid(index, 1);
    if (c.isHighSurrogate() && index + 1 < text.size() && text[index + 1].isLowSurrogate()) {
        codePoint = QChar::surrogateToUcs4(c, text[index + 1]);
        shown = text.mid(index, 2);
    }
    if (QChar::isPrint(codePoint) && !QChar::isSpace(codePoint))
        return QStringLiteral("'%1' (%2)").arg(shown, hexCodePoint(codePoint));
    return hexCodePoint(codePoint);
}
