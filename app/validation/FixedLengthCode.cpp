#include "FixedLengthCode.h"

#include "InputText.h"

Result<QString> FixedLengthCode::read(const QString &input, const Shape &shape)
{
    if (InputText::isFarTooLong(input, shape.length))
        return Error {shape.lengthMessage(input.size()), {}};
    const QString code = InputText::cleanedCode(input);
    if (code.isEmpty())
        return Error {shape.emptyMessage(), {}};
    if (code.size() != shape.length)
        return Error {shape.lengthMessage(code.size()), {}};
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (!shape.allowed(code[i], i))
            return Error {shape.characterMessage(InputText::describe(code, i), i), {}};
    }
    return code;
}
