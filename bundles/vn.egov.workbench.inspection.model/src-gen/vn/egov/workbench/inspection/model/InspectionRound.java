/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import vn.egov.workbench.inspection.rules.RoundStatus;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Round</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An inspection round (đợt thanh tra, kiểm tra), from its decision to the publication of its conclusion.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionRound#getDecisionNumber <em>Decision Number</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionRound#getDecisionDate <em>Decision Date</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionRound#getTitle <em>Title</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionRound#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionRound#getLeadingBody <em>Leading Body</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionRound#getPartnerBodies <em>Partner Bodies</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionRound#getMembers <em>Members</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionRound#getSubjects <em>Subjects</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionRound#getPlannedStart <em>Planned Start</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionRound#getPlannedEnd <em>Planned End</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionRound#getActualStart <em>Actual Start</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionRound#getActualEnd <em>Actual End</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectionRound#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound()
 * @model
 * @generated
 */
public interface InspectionRound extends Entity {
	/**
	 * Returns the value of the '<em><b>Decision Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of the inspection decision, e.g. 25/QĐ-STTTT.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Number</em>' attribute.
	 * @see #setDecisionNumber(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound_DecisionNumber()
	 * @model
	 * @generated
	 */
	String getDecisionNumber();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectionRound#getDecisionNumber <em>Decision Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Number</em>' attribute.
	 * @see #getDecisionNumber()
	 * @generated
	 */
	void setDecisionNumber(String value);

	/**
	 * Returns the value of the '<em><b>Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision Date</em>' attribute.
	 * @see #setDecisionDate(LocalDate)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound_DecisionDate()
	 * @model dataType="vn.egov.workbench.inspection.model.LocalDate"
	 * @generated
	 */
	LocalDate getDecisionDate();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectionRound#getDecisionDate <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Date</em>' attribute.
	 * @see #getDecisionDate()
	 * @generated
	 */
	void setDecisionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectionRound#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legal Basis</em>' attribute.
	 * @see #setLegalBasis(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound_LegalBasis()
	 * @model
	 * @generated
	 */
	String getLegalBasis();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectionRound#getLegalBasis <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Basis</em>' attribute.
	 * @see #getLegalBasis()
	 * @generated
	 */
	void setLegalBasis(String value);

	/**
	 * Returns the value of the '<em><b>Leading Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leading Body</em>' attribute.
	 * @see #setLeadingBody(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound_LeadingBody()
	 * @model
	 * @generated
	 */
	String getLeadingBody();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectionRound#getLeadingBody <em>Leading Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leading Body</em>' attribute.
	 * @see #getLeadingBody()
	 * @generated
	 */
	void setLeadingBody(String value);

	/**
	 * Returns the value of the '<em><b>Partner Bodies</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bodies taking part, e.g. the provincial market control department, the provincial police, the regional radio-frequency centre.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partner Bodies</em>' attribute list.
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound_PartnerBodies()
	 * @model
	 * @generated
	 */
	EList<String> getPartnerBodies();

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.inspection.model.TeamMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound_Members()
	 * @model containment="true"
	 * @generated
	 */
	EList<TeamMember> getMembers();

	/**
	 * Returns the value of the '<em><b>Subjects</b></em>' reference list.
	 * The list contents are of type {@link vn.egov.workbench.inspection.model.InspectedSubject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subjects</em>' reference list.
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound_Subjects()
	 * @model
	 * @generated
	 */
	EList<InspectedSubject> getSubjects();

	/**
	 * Returns the value of the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Start</em>' attribute.
	 * @see #setPlannedStart(LocalDate)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound_PlannedStart()
	 * @model dataType="vn.egov.workbench.inspection.model.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedStart();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectionRound#getPlannedStart <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Start</em>' attribute.
	 * @see #getPlannedStart()
	 * @generated
	 */
	void setPlannedStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Planned End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned End</em>' attribute.
	 * @see #setPlannedEnd(LocalDate)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound_PlannedEnd()
	 * @model dataType="vn.egov.workbench.inspection.model.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedEnd();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectionRound#getPlannedEnd <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned End</em>' attribute.
	 * @see #getPlannedEnd()
	 * @generated
	 */
	void setPlannedEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Actual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual Start</em>' attribute.
	 * @see #setActualStart(LocalDate)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound_ActualStart()
	 * @model dataType="vn.egov.workbench.inspection.model.LocalDate"
	 * @generated
	 */
	LocalDate getActualStart();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectionRound#getActualStart <em>Actual Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Start</em>' attribute.
	 * @see #getActualStart()
	 * @generated
	 */
	void setActualStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Actual End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual End</em>' attribute.
	 * @see #setActualEnd(LocalDate)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound_ActualEnd()
	 * @model dataType="vn.egov.workbench.inspection.model.LocalDate"
	 * @generated
	 */
	LocalDate getActualEnd();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectionRound#getActualEnd <em>Actual End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual End</em>' attribute.
	 * @see #getActualEnd()
	 * @generated
	 */
	void setActualEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"PLANNED"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see #setStatus(RoundStatus)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectionRound_Status()
	 * @model default="PLANNED" dataType="vn.egov.workbench.inspection.model.RoundStatus"
	 * @generated
	 */
	RoundStatus getStatus();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectionRound#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RoundStatus value);

} // InspectionRound
