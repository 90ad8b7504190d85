package org.iom.americas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.ReferenceCatalog;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.responses.FigureView;
import org.iom.americas.responses.HumanitarianResponseView;
import org.iom.americas.responses.HumanitarianResponses;
import org.iom.americas.responses.ResponseAction;
import org.iom.americas.responses.ResponsePartnerView;
import org.iom.americas.responses.SituationUpdateView;
import org.iom.americas.web.i18n.Messages;

/**
 * One humanitarian response: its figures over time (a chart drawn on the server, so the page needs no script,
 * and the table it is drawn from), its partners, projects and situation updates, and what coordinators do next.
 */
@Named
@ViewScoped
public class ResponseBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CHART_WIDTH = 600;
    static final int CHART_HEIGHT = 200;

    @Inject
    HumanitarianResponses responses;

    @Inject
    PartnerAgencies agencies;

    @Inject
    ReferenceCatalog reference;

    @Inject
    LanguageBacking language;

    private Long id;
    private HumanitarianResponseView response;
    private List<FigureView> figures;
    private List<ResponsePartnerView> partners;
    private List<JointProjectView> projects;
    private List<SituationUpdateView> updates;
    private PartnerNames names;
    private String updateTitle;
    private String updateBody;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new RecordNotFoundException("HumanitarianResponse", "");
            }
            refresh();
        } catch (RecordNotFoundException unknown) {
            GovernmentBacking.notFound();
        }
    }

    private void refresh() {
        names = PartnerNames.load(agencies, reference, language.getLocale());
        response = responses.find(id);
        figures = responses.figures(id);
        partners = responses.partners(id);
        projects = responses.projects(id);
        updates = responses.updates(id);
    }

    public void act(String action) {
        try {
            responses.act(id, ResponseAction.valueOf(action.toUpperCase(Locale.ROOT)));
            info("response.moved");
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, "actions", language.getLocale());
        }
        refresh();
    }

    public void publish() {
        try {
            responses.publish(id, updateTitle, updateBody);
            updateTitle = null;
            updateBody = null;
            info("response.update.published");
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, "update", language.getLocale(), Map.of("title", "updateTitle",
                    "body", "updateBody"));
        }
        refresh();
    }

    private void info(String key) {
        String text = Messages.text(language.getLocale(), key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /**
     * The displaced people over time as SVG polyline points: per day, the sum of that day's figures that no
     * correction replaced. Both lines share one scale, so the chart compares them honestly.
     */
    public String getDisplacedLine() {
        return line(byDay(true));
    }

    public String getInNeedLine() {
        return line(byDay(false));
    }

    private Map<LocalDate, Long> byDay(boolean displaced) {
        Map<LocalDate, Long> byDay = new TreeMap<>();
        for (FigureView f : figures) {
            if (f.current()) {
                byDay.merge(f.asOf(), (long) (displaced ? f.displaced() : f.inNeed()), Long::sum);
            }
        }
        return byDay;
    }

    private String line(Map<LocalDate, Long> byDay) {
        if (byDay.isEmpty()) {
            return "";
        }
        long max = 1;
        for (Map<LocalDate, Long> series : List.of(byDay(true), byDay(false))) {
            for (long value : series.values()) {
                max = Math.max(max, value);
            }
        }
        long first = byDay.keySet().iterator().next().toEpochDay();
        long span = 1;
        for (LocalDate day : byDay.keySet()) {
            span = Math.max(span, day.toEpochDay() - first);
        }
        StringBuilder points = new StringBuilder();
        for (Map.Entry<LocalDate, Long> point : byDay.entrySet()) {
            long x = (point.getKey().toEpochDay() - first) * (CHART_WIDTH - 20) / span + 10;
            long y = CHART_HEIGHT - 10 - point.getValue() * (CHART_HEIGHT - 20) / max;
            points.append(x).append(',').append(y).append(' ');
        }
        return points.toString().strip();
    }

    public String agency(long agencyId) {
        return names.agency(agencyId);
    }

    public String area(String code) {
        return names.area(code);
    }

    public HumanitarianResponseView getResponse() {
        return response;
    }

    public List<FigureView> getFigures() {
        return figures;
    }

    public List<ResponsePartnerView> getPartners() {
        return partners;
    }

    public List<JointProjectView> getProjects() {
        return projects;
    }

    public List<SituationUpdateView> getUpdates() {
        return updates;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUpdateTitle() {
        return updateTitle;
    }

    public void setUpdateTitle(String updateTitle) {
        this.updateTitle = updateTitle;
    }

    public String getUpdateBody() {
        return updateBody;
    }

    public void setUpdateBody(String updateBody) {
        this.updateBody = updateBody;
    }
}
