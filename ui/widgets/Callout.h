// A notice in one of the guide's four levels (Danger, Warning, Caution, Note),
// styled the same on every page. Holds text only; never decides when to show.
#pragma once

#include <QFrame>

class QLabel;

class Callout : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Danger, Warning, Caution, Note };
    Q_ENUM(Level)

    explicit Callout(Level level, QWidget *parent = nullptr);

    Level level() const { return m_level; }
    void setLevel(Level level);
    void setText(const QString &text);
    QString text() const;

    static QString levelName(Level level); // translated: "Danger", "禁止" …
    static QString accentColour(Level level); // "#rrggbb", for text in this level's colour

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // The colours of the level (a style sheet: costly, so only when the level changes).
    void applyLevel();
    // The heading and the accessible name and description.
    void describe();

    Level m_level;
    QLabel *m_heading;
    QLabel *m_body;
};
