// Marks input fields as invalid while the user types, and shows why under them.
#include "fieldstate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QVariant>

namespace mct::ui {

namespace {

constexpr char kPlainToolTipProperty[] = "mctToolTip";

QColor blend(const QColor &base, const QColor &over, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + over.redF() * amount),
                            float(base.greenF() * (1 - amount) + over.greenF() * amount),
                            float(base.blueF() * (1 - amount) + over.blueF() * amount));
}

// The widget whose Base colour is the visible background of the field.
QWidget *surface(QWidget *field)
{
    if (auto *combo = qobject_cast<QComboBox *>(field); combo != nullptr && combo->lineEdit() != nullptr) {
        return combo->lineEdit();
    }
    return field;
}

} // namespace

void setFieldProblem(QWidget *field, const QString &problem)
{
    const bool invalid = !problem.isEmpty();
    if (!field->property(kPlainToolTipProperty).isValid()) {
        field->setProperty(kPlainToolTipProperty, field->toolTip());
    }
    if (fieldHasProblem(field) == invalid && field->accessibleDescription() == problem) {
        return;
    }
    field->setProperty(kInvalidProperty, invalid);
    // As escaped rich text: it wraps, and whatever the user typed into the field stays literal.
    field->setToolTip(invalid ? Qt::convertFromPlainText(problem, Qt::WhiteSpaceNormal)
                              : field->property(kPlainToolTipProperty).toString());
    QWidget *target = surface(field);
    if (invalid) {
        QPalette palette = target->palette();
        for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            palette.setColor(group, QPalette::Base,
                             blend(palette.color(group, QPalette::Base), QColor(220, 38, 38), 0.28));
        }
        target->setPalette(palette);
    } else {
        target->setPalette(QPalette()); // inherit again, whatever the theme is now
    }
    // Screen readers announce the reason together with the field.
    field->setAccessibleDescription(problem);
}

bool fieldHasProblem(const QWidget *field)
{
    return field->property(kInvalidProperty).toBool();
}

FieldHint::FieldHint(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    hide();
}

void FieldHint::setHint(Kind kind, const QString &text)
{
    const bool same = kind == m_kind && text == m_full;
    m_kind = kind;
    m_full = text;
    showText();
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Problem) {
        pixmap = QStyle::SP_MessageBoxCritical;
    } else if (kind == Kind::Advice) {
        pixmap = QStyle::SP_MessageBoxWarning;
    }
    const int size = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    setAccessibleName(text);
    if (!m_inArea) {
        setVisible(!text.isEmpty());
    }
    updateGeometry();
    if (!same) {
        Q_EMIT hintChanged();
    }
}

void FieldHint::setMaximumLines(int lines)
{
    m_maxLines = lines;
    showText();
}

void FieldHint::showText()
{
    QString shown = m_full;
    const int width = m_text->width();
    if (m_maxLines > 0 && width > 0) {
        // Word wrapping wastes part of each line: a tenth of the room is kept for that.
        const QFontMetrics metrics = m_text->fontMetrics();
        shown = metrics.elidedText(m_full, Qt::ElideRight, width * m_maxLines * 9 / 10);
    }
    m_text->setText(shown);
    m_text->setToolTip(shown == m_full ? QString() : m_full);
}

QSize FieldHint::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    if (width() > 0 && layout() != nullptr && layout()->hasHeightForWidth()) {
        size.setHeight(std::max(size.height(), layout()->heightForWidth(width())));
    }
    return size;
}

QSize FieldHint::sizeHint() const
{
    QSize size = QWidget::sizeHint();
    size.setHeight(std::max(size.height(), minimumSizeHint().height()));
    return size;
}

void FieldHint::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) {
        showText();
        updateGeometry();
    }
}

QString FieldHint::text() const
{
    return m_full;
}

HintArea::HintArea(int lines, QWidget *parent)
    : QWidget(parent)
    , m_lines(lines)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Room for the lines whether or not anything is said (see the class comment).
    setFixedHeight(fontMetrics().lineSpacing() * lines + 2);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void HintArea::addHint(FieldHint *hint)
{
    hint->setParent(this);
    hint->m_inArea = true;
    hint->setMaximumLines(m_lines);
    layout()->addWidget(hint);
    m_hints.append(hint);
    connect(hint, &FieldHint::hintChanged, this, &HintArea::choose);
    choose();
}

FieldHint *HintArea::current() const
{
    FieldHint *best = nullptr;
    for (FieldHint *hint : m_hints) {
        if (hint->text().isEmpty()) {
            continue;
        }
        if (best == nullptr
            || (hint->kind() == FieldHint::Kind::Problem && best->kind() != FieldHint::Kind::Problem)) {
            best = hint;
        }
    }
    return best;
}

void HintArea::choose()
{
    const FieldHint *shown = current();
    for (FieldHint *hint : std::as_const(m_hints)) {
        hint->setVisible(hint == shown);
    }
}

} // namespace mct::ui
