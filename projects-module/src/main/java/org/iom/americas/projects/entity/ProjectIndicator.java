package org.iom.americas.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.iom.americas.kernel.persistence.CooperationRecord;

/** Something a project measures, with the target it aims for ("people trained", 1,200). */
@Entity
@Table(name = "project_indicator")
@NamedQuery(name = "ProjectIndicator.findByProject",
        query = "SELECT i FROM ProjectIndicator i WHERE i.projectId = :project ORDER BY i.id")
public class ProjectIndicator extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "name", length = 300, nullable = false)
    private String name;

    @Column(name = "unit", length = 60, nullable = false)
    private String unit;

    @Column(name = "target", precision = 19, scale = 2, nullable = false)
    private BigDecimal target;

    protected ProjectIndicator() {
    }

    public ProjectIndicator(long projectId, String name, String unit, BigDecimal target) {
        this.projectId = projectId;
        this.name = name.strip();
        this.unit = unit.strip();
        this.target = target;
    }

    public long projectId() {
        return projectId;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal target() {
        return target;
    }
}
