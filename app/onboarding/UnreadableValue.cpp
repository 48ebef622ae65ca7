#include "UnreadableValue.h"

#include "validation/InputText.h"

namespace {

QString stepPrefix(StepId step)
{
    return QStringLiteral("step ") + stepKey(step) + QStringLiteral(": ");
}

} // namespace

QString UnreadableValue::quoted(QStringView value)
{
    QString text;
    QStringView shown = value.first(qMin(value.size(), QuotedLength));
    if (shown.size() < value.size() && !shown.isEmpty() && shown.back().isHighSurrogate())
        shown.chop(1); // never half a character
    for (const QChar c : shown) {
        if (c == u'"' || c == u'\\') {
            text += QLatin1Char('\\');
            text += c;
        } else if (InputText::isControl(c)) {
            text += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
        } else {
            text += c;
        }
    }
    if (shown.size() < value.size())
        text += QChar(u'…');
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString UnreadableValue::unknownStep(QStringView step, QStringView status)
{
    return QStringLiteral("step_states: step ") + quoted(step) + QStringLiteral(" status ")
        + quoted(status);
}

QString UnreadableValue::ofStep(StepId step, QStringView column, QStringView value)
{
    return stepPrefix(step) + column.toString() + QLatin1Char(' ') + quoted(value);
}

QString UnreadableValue::ofSomeStep(QStringView column, QStringView value)
{
    return QStringLiteral("step_states: ") + column.toString() + QLatin1Char(' ') + quoted(value);
}

QString UnreadableValue::ofProfile(QStringView column, QStringView value)
{
    return QStringLiteral("profiles: ") + column.toString() + QLatin1Char(' ') + quoted(value);
}

bool UnreadableValue::concerns(const QStringList &entries, StepId step, QStringView column)
{
    const QString prefix = column.isEmpty()
        ? stepPrefix(step)
        : stepPrefix(step) + column.toString() + QLatin1Char(' ');
    for (const QString &entry : entries) {
        if (entry.startsWith(prefix))
            return true;
    }
    return false;
}
