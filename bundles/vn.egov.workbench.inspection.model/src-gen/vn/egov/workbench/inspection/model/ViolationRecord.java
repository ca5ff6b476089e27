/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model;

import java.time.LocalDateTime;

import org.eclipse.emf.common.util.EList;

import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Violation Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A violation record (biên bản vi phạm hành chính) and the case that follows it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#getRound <em>Round</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#getNumber <em>Number</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#getPlace <em>Place</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#getRecorder <em>Recorder</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#getViolator <em>Violator</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#getBehaviours <em>Behaviours</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#isSigned <em>Signed</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#getRefusalWitness <em>Refusal Witness</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#getRefusalReason <em>Refusal Reason</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#isExplanationRequested <em>Explanation Requested</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#getCaseKind <em>Case Kind</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#getStatus <em>Status</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#getDecision <em>Decision</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.ViolationRecord#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord()
 * @model
 * @generated
 */
public interface ViolationRecord extends Entity {
	/**
	 * Returns the value of the '<em><b>Round</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Round</em>' reference.
	 * @see #setRound(InspectionRound)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_Round()
	 * @model
	 * @generated
	 */
	InspectionRound getRound();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.ViolationRecord#getRound <em>Round</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round</em>' reference.
	 * @see #getRound()
	 * @generated
	 */
	void setRound(InspectionRound value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.ViolationRecord#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recorded At</em>' attribute.
	 * @see #setRecordedAt(LocalDateTime)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_RecordedAt()
	 * @model dataType="vn.egov.workbench.inspection.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getRecordedAt();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.ViolationRecord#getRecordedAt <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded At</em>' attribute.
	 * @see #getRecordedAt()
	 * @generated
	 */
	void setRecordedAt(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_Place()
	 * @model
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.ViolationRecord#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Recorder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recorder</em>' attribute.
	 * @see #setRecorder(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_Recorder()
	 * @model
	 * @generated
	 */
	String getRecorder();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.ViolationRecord#getRecorder <em>Recorder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorder</em>' attribute.
	 * @see #getRecorder()
	 * @generated
	 */
	void setRecorder(String value);

	/**
	 * Returns the value of the '<em><b>Violator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Violator</em>' reference.
	 * @see #setViolator(InspectedSubject)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_Violator()
	 * @model
	 * @generated
	 */
	InspectedSubject getViolator();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.ViolationRecord#getViolator <em>Violator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Violator</em>' reference.
	 * @see #getViolator()
	 * @generated
	 */
	void setViolator(InspectedSubject value);

	/**
	 * Returns the value of the '<em><b>Behaviours</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.inspection.model.Behaviour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Behaviours</em>' containment reference list.
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_Behaviours()
	 * @model containment="true"
	 * @generated
	 */
	EList<Behaviour> getBehaviours();

	/**
	 * Returns the value of the '<em><b>Signed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The violator signed the record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signed</em>' attribute.
	 * @see #setSigned(boolean)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_Signed()
	 * @model
	 * @generated
	 */
	boolean isSigned();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.ViolationRecord#isSigned <em>Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed</em>' attribute.
	 * @see #isSigned()
	 * @generated
	 */
	void setSigned(boolean value);

	/**
	 * Returns the value of the '<em><b>Refusal Witness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who witnessed the refusal to sign.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Refusal Witness</em>' attribute.
	 * @see #setRefusalWitness(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_RefusalWitness()
	 * @model
	 * @generated
	 */
	String getRefusalWitness();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.ViolationRecord#getRefusalWitness <em>Refusal Witness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Refusal Witness</em>' attribute.
	 * @see #getRefusalWitness()
	 * @generated
	 */
	void setRefusalWitness(String value);

	/**
	 * Returns the value of the '<em><b>Refusal Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the record is not signed, when no witness.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Refusal Reason</em>' attribute.
	 * @see #setRefusalReason(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_RefusalReason()
	 * @model
	 * @generated
	 */
	String getRefusalReason();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.ViolationRecord#getRefusalReason <em>Refusal Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Refusal Reason</em>' attribute.
	 * @see #getRefusalReason()
	 * @generated
	 */
	void setRefusalReason(String value);

	/**
	 * Returns the value of the '<em><b>Explanation Requested</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Explanation Requested</em>' attribute.
	 * @see #setExplanationRequested(boolean)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_ExplanationRequested()
	 * @model
	 * @generated
	 */
	boolean isExplanationRequested();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.ViolationRecord#isExplanationRequested <em>Explanation Requested</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation Requested</em>' attribute.
	 * @see #isExplanationRequested()
	 * @generated
	 */
	void setExplanationRequested(boolean value);

	/**
	 * Returns the value of the '<em><b>Case Kind</b></em>' attribute.
	 * The default value is <code>"STANDARD"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Kind</em>' attribute.
	 * @see #setCaseKind(CaseKind)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_CaseKind()
	 * @model default="STANDARD" dataType="vn.egov.workbench.inspection.model.CaseKind"
	 * @generated
	 */
	CaseKind getCaseKind();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.ViolationRecord#getCaseKind <em>Case Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Kind</em>' attribute.
	 * @see #getCaseKind()
	 * @generated
	 */
	void setCaseKind(CaseKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"RECORDED"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see #setStatus(CaseStatus)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_Status()
	 * @model default="RECORDED" dataType="vn.egov.workbench.inspection.model.CaseStatus"
	 * @generated
	 */
	CaseStatus getStatus();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.ViolationRecord#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CaseStatus value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' containment reference.
	 * @see #setDecision(SanctionDecision)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_Decision()
	 * @model containment="true"
	 * @generated
	 */
	SanctionDecision getDecision();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.ViolationRecord#getDecision <em>Decision</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' containment reference.
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(SanctionDecision value);

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.inspection.model.Attachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachments</em>' containment reference list.
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getViolationRecord_Attachments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attachment> getAttachments();

} // ViolationRecord
