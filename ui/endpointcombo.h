// The group:port field: an editable combo with recent values, validated (and advised on) while typing.
#pragma once

#include "endpoint.h"

#include <QComboBox>
#include <QList>

namespace mct::ui {

class EndpointCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointCombo)

public:
    static constexpr int kHistorySize = 12;

    explicit EndpointCombo(QWidget *parent = nullptr);

    // The receiver's field takes ranges and lists (core/grouprange.h); the sender's one group.
    void setAcceptsRanges(bool accepts);
    // The one group typed; a range or list is a problem here, also when ranges are accepted.
    [[nodiscard]] core::Result<core::Endpoint> endpoint() const;
    // Every group the field names (one unless ranges are accepted); empty when there is a problem.
    [[nodiscard]] const QList<core::Endpoint> &endpoints() const { return m_endpoints; }
    // Empty when valid.
    [[nodiscard]] QString problem() const { return m_problem; }
    // groupAdvice() for a valid group: it works, but is rarely what a tester wants.
    [[nodiscard]] QString advice() const { return m_advice; }

    void setText(const QString &text);
    [[nodiscard]] QString text() const;

    // Moves text to the top of the recent values.
    void remember(const QString &text);
    [[nodiscard]] QStringList history() const;
    void setHistory(const QStringList &history);

Q_SIGNALS:
    // After every edit: problem and advice are current.
    void validated();

private:
    void validate();

    void validateRanges();

    bool m_acceptsRanges = false;
    QList<core::Endpoint> m_endpoints;
    QString m_problem;
    QString m_advice;
};

} // namespace mct::ui
