// Marks input fields as invalid while the user types, and shows why under them.
#pragma once

#include <QWidget>

class QLabel;

namespace mct::ui {

// Dynamic property set to true on an invalid field (for tests, style sheets and accessibility tools).
inline constexpr char kInvalidProperty[] = "mctInvalid";

// An empty problem marks the field valid again. An invalid field gets a translucent red background
// (over its own palette, so dark themes stay readable) and the problem as its tool tip.
void setFieldProblem(QWidget *field, const QString &problem);
[[nodiscard]] bool fieldHasProblem(const QWidget *field);

// One line under a field or a button row: the problem (error icon) or advice (warning icon).
class FieldHint final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldHint)

public:
    enum class Kind {
        Problem,
        Advice,
        Note
    };

    explicit FieldHint(QWidget *parent = nullptr);

    // Empty text hides the hint (a HintArea decides that for the hints it holds).
    void setHint(mct::ui::FieldHint::Kind kind, const QString &text);
    // At most this many lines; a longer text is cut with "…" and shown whole as the tool tip.
    void setMaximumLines(int lines);
    void clear() { setHint(Kind::Note, {}); }
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

    // As tall as the wrapped text needs at the current width: splitters and scroll areas only
    // look at size hints, never at heightForWidth(), and would otherwise squeeze it.
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    void hintChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class HintArea;
    void showText();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    Kind m_kind = Kind::Note;
    QString m_full;
    int m_maxLines = 0;
    bool m_inArea = false; // shown or hidden by its HintArea
};

// One place of fixed height for a pane's inline messages: it shows the first of its hints that has
// something to say (a problem before advice) and keeps its room when none has, so that a message
// appearing never moves the fields and buttons around it under the user's pointer.
class HintArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HintArea)

public:
    explicit HintArea(int lines, QWidget *parent = nullptr);

    // Earlier hints win among those of the same kind.
    void addHint(mct::ui::FieldHint *hint);
    // The hint shown, or nullptr.
    [[nodiscard]] FieldHint *current() const;

private:
    void choose();

    QList<FieldHint *> m_hints;
    int m_lines = 2;
};

} // namespace mct::ui
