#include "ResidentId.h"

#include "FixedLengthCode.h"
#include "InputText.h"

namespace {

constexpr int Weights[ResidentId::Length - 1]
    = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr QStringView CheckCharacters = u"10X98765432";
constexpr qsizetype BirthDateStart = 6;
constexpr qsizetype BirthDateLength = 8;

const FixedLengthCode::Shape IdShape {
    ResidentId::Length,
    [](QChar c, qsizetype index) {
        return InputText::isAsciiDigit(c) || (index == ResidentId::Length - 1 && c == u'X');
    },
    [] { return ResidentId::tr("Enter the resident ID number.", "@info validation"); },
    [](qsizetype length) {
        return ResidentId::tr(
            "A resident ID number has 18 characters; this one has %1.", "@info validation")
            .arg(length);
    },
    [](const QString &character, qsizetype index) {
        if (index == ResidentId::Length - 1)
            return ResidentId::tr(
                "The last character must be a digit or X, not %1.", "@info validation")
                .arg(character);
        return ResidentId::tr(
            "The character %1 at position %2 must be a digit.", "@info validation")
            .arg(character)
            .arg(index + 1);
    },
};

// Why the birth date inside `number` cannot be right; empty when it can.
QString birthDateProblem(QStringView number, QDate today)
{
    const QStringView digits = number.mid(BirthDateStart, BirthDateLength);
    const int year = digits.first(4).toInt();
    const QDate date(year, digits.mid(4, 2).toInt(), digits.mid(6, 2).toInt());
    const QString shown
        = QStringLiteral("%1-%2-%3").arg(digits.first(4), digits.mid(4, 2), digits.mid(6, 2));
    if (!date.isValid())
        return ResidentId::tr(
            "The birth date in the number, %1, is not a real date.", "@info validation")
            .arg(shown);
    if (year < ResidentId::EarliestBirthYear)
        return ResidentId::tr(
            "The birth date in the number, %1, is before 1900.", "@info validation")
            .arg(shown);
    if (today.isValid() && date > today)
        return ResidentId::tr(
            "The birth date in the number, %1, is in the future.", "@info validation")
            .arg(shown);
    return {};
}

} // namespace

QChar ResidentId::checkCharacter(QStringView number)
{
    if (number.size() < Length - 1 || !InputText::isAsciiDigits(number.first(Length - 1)))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < Length - 1; ++i)
        sum += (number[i].unicode() - u'0') * Weights[i];
    return CheckCharacters[sum % 11];
}

FieldVerdict ResidentId::check(const QString &input, QDate today)
{
    const Result<QString> read = FixedLengthCode::read(input, IdShape);
    if (!read)
        return FieldVerdict::error(read.error().message);
    const QString &number = read.value();
    const QString dateProblem = birthDateProblem(number, today);
    if (!dateProblem.isEmpty())
        return FieldVerdict::error(dateProblem);
    const QChar expected = checkCharacter(number);
    if (number.back() != expected)
        return FieldVerdict::error(tr("The last character should be '%1', not '%2'. Compare the "
                                      "number with the ID card.",
            "@info validation")
                                       .arg(expected)
                                       .arg(number.back()));
    return FieldVerdict::ok(number);
}
