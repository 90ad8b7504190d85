package org.iom.americas.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.americas.partners.AccountView;
import org.iom.americas.partners.AgreementDocumentView;
import org.iom.americas.partners.AgreementView;
import org.iom.americas.partners.ApiTokenView;
import org.iom.americas.partners.AssistanceRequestView;
import org.iom.americas.partners.AttachmentView;
import org.iom.americas.partners.GovernmentLiaisonView;
import org.iom.americas.partners.NotificationView;
import org.iom.americas.partners.PartnerAgencyView;
import org.iom.americas.partners.PartnerGovernmentView;
import org.iom.americas.partners.RequestMessageView;
import org.iom.americas.partners.SignatoryView;
import org.iom.americas.projects.ActivityReportView;
import org.iom.americas.projects.ExchangeRateView;
import org.iom.americas.projects.IndicatorView;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.projects.ParticipantView;
import org.iom.americas.projects.ProjectDocumentView;
import org.iom.americas.projects.ProjectOverlap;
import org.iom.americas.projects.TimelineEvent;
import org.iom.americas.responses.FigureView;
import org.iom.americas.responses.HumanitarianResponseView;
import org.iom.americas.responses.ResponsePartnerView;
import org.iom.americas.responses.SituationUpdateView;
import org.iom.americas.web.imports.ImportJobView;
import org.iom.americas.web.platform.AuditEntryView;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "IOM Americas coordination API", version = "1",
        description = "Partner governments, agencies, requests, joint projects and humanitarian responses of the "
                + "IOM Regional Office for the Americas. Errors are RFC 9457 problem details."),
        // what the operations answer, by name: the generator does not follow Response or Page<T> to a type
        components = @Components(schemas = {
                @Schema(name = "AccountView", implementation = AccountView.class),
                @Schema(name = "ActivityReportView", implementation = ActivityReportView.class),
                @Schema(name = "AgreementDocumentView", implementation = AgreementDocumentView.class),
                @Schema(name = "AgreementView", implementation = AgreementView.class),
                @Schema(name = "ApiTokenView", implementation = ApiTokenView.class),
                @Schema(name = "AssistanceRequestView", implementation = AssistanceRequestView.class),
                @Schema(name = "AttachmentView", implementation = AttachmentView.class),
                @Schema(name = "AuditEntryView", implementation = AuditEntryView.class),
                @Schema(name = "ExchangeRateView", implementation = ExchangeRateView.class),
                @Schema(name = "FigureView", implementation = FigureView.class),
                @Schema(name = "GovernmentLiaisonView", implementation = GovernmentLiaisonView.class),
                @Schema(name = "HumanitarianResponseView", implementation = HumanitarianResponseView.class),
                @Schema(name = "ImportJobView", implementation = ImportJobView.class),
                @Schema(name = "IndicatorView", implementation = IndicatorView.class),
                @Schema(name = "JointProjectView", implementation = JointProjectView.class),
                @Schema(name = "NotificationView", implementation = NotificationView.class),
                @Schema(name = "ParticipantView", implementation = ParticipantView.class),
                @Schema(name = "PartnerAgencyView", implementation = PartnerAgencyView.class),
                @Schema(name = "PartnerGovernmentView", implementation = PartnerGovernmentView.class),
                @Schema(name = "ProjectDocumentView", implementation = ProjectDocumentView.class),
                @Schema(name = "ProjectOverlap", implementation = ProjectOverlap.class),
                @Schema(name = "RequestMessageView", implementation = RequestMessageView.class),
                @Schema(name = "ResponsePartnerView", implementation = ResponsePartnerView.class),
                @Schema(name = "SignatoryView", implementation = SignatoryView.class),
                @Schema(name = "SituationUpdateView", implementation = SituationUpdateView.class),
                @Schema(name = "TimelineEvent", implementation = TimelineEvent.class)}))
public class ApiApplication extends Application {
}
