#include "LabelledRows.h"

#include <QFormLayout>
#include <QLabel>

QFormLayout *LabelledRows::form()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft);
    return form;
}

QLabel *LabelledRows::add(QFormLayout *form, QWidget *field, QWidget *buddy, QLabel *label)
{
    if (!label)
        label = new QLabel(field->parentWidget());
    label->setBuddy(buddy ? buddy : field);
    form->addRow(label, field);
    return label;
}

QLabel *LabelledRows::add(QFormLayout *form, QLayout *fields, QWidget *buddy)
{
    auto *label = new QLabel(buddy->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, fields);
    return label;
}

QLabel *LabelledRows::addAbove(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label);
    form->addRow(field);
    return label;
}
