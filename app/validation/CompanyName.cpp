#include "CompanyName.h"

#include "InputText.h"

namespace {

bool isVisible(QChar c)
{
    return c.category() != QChar::Other_Control && c.category() != QChar::Other_Format
        && c.category() != QChar::Separator_Line && c.category() != QChar::Separator_Paragraph;
}

} // namespace

FieldVerdict CompanyName::check(const QString &input)
{
    const auto tooLong = [](qsizetype length) {
        return FieldVerdict::error(tr("A company name can have at most 200 characters; this one "
                                      "has %1.",
            "@info validation")
                                       .arg(length));
    };
    if (InputText::isFarTooLong(input, MaxLength))
        return tooLong(input.size());
    const QString name = input.trimmed();
    if (name.isEmpty())
        return FieldVerdict::error(tr("Enter the company name.", "@info validation"));
    if (name.size() > MaxLength)
        return tooLong(name.size());
    const qsizetype hidden = InputText::firstNotAllowed(name, isVisible);
    if (hidden >= 0)
        return FieldVerdict::error(tr("The company name contains an invisible character (%1) at "
                                      "position %2; remove it.",
            "@info validation")
                                       .arg(InputText::describe(name, hidden))
                                       .arg(hidden + 1));
    if (name.size() != input.size())
        return FieldVerdict::error(tr("Remove the space at the beginning or end of the company "
                                      "name.",
                                       "@info validation"),
            name);
    return FieldVerdict::ok(name);
}
