// The group:port field: an editable combo with recent values, validated (and advised on) while typing.
#include "endpointcombo.h"

#include "fieldstate.h"
#include "grouprange.h"

#include <QLineEdit>
#include <QLocale>

namespace mct::ui {

EndpointCombo::EndpointCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    lineEdit()->setPlaceholderText(tr("e.g. 239.1.2.3:5000 or [ff15::1]:5000"));
    lineEdit()->setClearButtonEnabled(true);
    connect(this, &QComboBox::editTextChanged, this, &EndpointCombo::validate);
    validate();
}

void EndpointCombo::setAcceptsRanges(bool accepts)
{
    m_acceptsRanges = accepts;
    lineEdit()->setPlaceholderText(accepts ? tr("e.g. 239.1.2.3:5000, 239.8.0.1-239.8.3.232:5000 or "
                                                "239.1.1.1:5000-5009")
                                           : tr("e.g. 239.1.2.3:5000 or [ff15::1]:5000"));
    validate();
}

core::Result<core::Endpoint> EndpointCombo::endpoint() const
{
    return core::parseSingleEndpoint(currentText());
}

void EndpointCombo::setText(const QString &text)
{
    setEditText(text);
    validate(); // also when the text did not change
}

QString EndpointCombo::text() const
{
    return currentText().trimmed();
}

void EndpointCombo::remember(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        return;
    }
    QStringList values = history();
    values.removeAll(value);
    values.prepend(value);
    setHistory(values);
}

QStringList EndpointCombo::history() const
{
    QStringList values;
    for (int i = 0; i < count(); ++i) {
        values.append(itemText(i));
    }
    return values;
}

void EndpointCombo::setHistory(const QStringList &history)
{
    const QString current = currentText();
    const QSignalBlocker blocker(this);
    clear();
    for (const QString &value : history) {
        if (count() >= kHistorySize) {
            break;
        }
        if (!value.trimmed().isEmpty() && findText(value.trimmed()) < 0) {
            addItem(value.trimmed());
        }
    }
    setEditText(current);
}

void EndpointCombo::validate()
{
    m_endpoints.clear();
    if (m_acceptsRanges) {
        validateRanges();
    } else {
        const auto parsed = endpoint();
        m_problem = parsed ? QString() : parsed.error();
        m_advice = parsed ? core::groupAdvice(parsed.value().group) : QString();
        if (parsed) {
            m_endpoints.append(parsed.value());
        }
    }
    // An empty field is not yet wrong; the buttons still say what is missing.
    setFieldProblem(this, currentText().trimmed().isEmpty() ? QString() : m_problem);
    Q_EMIT validated();
}

void EndpointCombo::validateRanges()
{
    m_advice.clear();
    const auto items = core::parseGroupList(currentText());
    if (!items || items.value().isEmpty()) {
        m_problem = items ? core::parseEndpoint(QString()).error() : items.error();
        return;
    }
    // Counted before any is made: a range of millions must not freeze the field while typing.
    const quint64 total = core::totalSize(items.value());
    if (total > core::kMaxGroupsUnforced) {
        m_problem = tr("%1 groups (group:port pairs); the window joins at most %2 at once: split the range")
                            .arg(QLocale().toString(qulonglong(total)),
                                 QLocale().toString(qulonglong(core::kMaxGroupsUnforced)));
        return;
    }
    const auto expanded = core::expandGroups(items.value(), false);
    m_problem = expanded ? QString() : expanded.error();
    if (!expanded) {
        return;
    }
    m_endpoints = expanded.value();
    for (const core::GroupItem &item : items.value()) {
        m_advice = core::rangeAdvice(item.range);
        if (!m_advice.isEmpty()) {
            break;
        }
    }
}

} // namespace mct::ui
