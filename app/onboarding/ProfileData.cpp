#include "ProfileData.h"

#include "FieldKey.h"

bool ProfileData::isTrue(const QString &key) const
{
    return fields.value(key) == FieldValue::True;
}
