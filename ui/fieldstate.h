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

    // Empty text hides the hint.
    void setHint(mct::ui::FieldHint::Kind kind, const QString &text);
    void clear() { setHint(Kind::Note, {}); }
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

    // As tall as the wrapped text needs at the current width: splitters and scroll areas only
    // look at size hints, never at heightForWidth(), and would otherwise squeeze it.
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    Kind m_kind = Kind::Note;
};

} // namespace mct::ui
