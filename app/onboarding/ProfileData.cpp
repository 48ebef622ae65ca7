#include "ProfileData.h"

#include "FieldKey.h"

bool ProfileData::isTrue(const QString &key) const
{
    return fields.value(key) == FieldValue::True;
}

QString ProfileData::label() const
{
    const QString own = fields.value(FieldKey::ProfileLabel);
    return own.trimmed().isEmpty() ? fields.value(FieldKey::CompanyName) : own;
}
