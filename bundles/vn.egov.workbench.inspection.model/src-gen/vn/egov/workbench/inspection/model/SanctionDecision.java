/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sanction Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sanction decision (quyết định xử phạt).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.SanctionDecision#getNumber <em>Number</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.SanctionDecision#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.SanctionDecision#getSigner <em>Signer</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.SanctionDecision#getSignerRole <em>Signer Role</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.SanctionDecision#getLines <em>Lines</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.SanctionDecision#getAdditionalSanctions <em>Additional Sanctions</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.SanctionDecision#getRemedialMeasures <em>Remedial Measures</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.SanctionDecision#getTotal <em>Total</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.SanctionDecision#getPayments <em>Payments</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.SanctionDecision#getInstalments <em>Instalments</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.SanctionDecision#getEnforcement <em>Enforcement</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.SanctionDecision#getReceivedOn <em>Received On</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.inspection.model.InspectionPackage#getSanctionDecision()
 * @model
 * @generated
 */
public interface SanctionDecision extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getSanctionDecision_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.SanctionDecision#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided On</em>' attribute.
	 * @see #setDecidedOn(LocalDate)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getSanctionDecision_DecidedOn()
	 * @model dataType="vn.egov.workbench.inspection.model.LocalDate"
	 * @generated
	 */
	LocalDate getDecidedOn();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.SanctionDecision#getDecidedOn <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided On</em>' attribute.
	 * @see #getDecidedOn()
	 * @generated
	 */
	void setDecidedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Signer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer</em>' attribute.
	 * @see #setSigner(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getSanctionDecision_Signer()
	 * @model
	 * @generated
	 */
	String getSigner();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.SanctionDecision#getSigner <em>Signer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer</em>' attribute.
	 * @see #getSigner()
	 * @generated
	 */
	void setSigner(String value);

	/**
	 * Returns the value of the '<em><b>Signer Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A role code of the sanction rules, e.g. department-chief-inspector.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signer Role</em>' attribute.
	 * @see #setSignerRole(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getSanctionDecision_SignerRole()
	 * @model
	 * @generated
	 */
	String getSignerRole();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.SanctionDecision#getSignerRole <em>Signer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer Role</em>' attribute.
	 * @see #getSignerRole()
	 * @generated
	 */
	void setSignerRole(String value);

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.inspection.model.DecisionLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getSanctionDecision_Lines()
	 * @model containment="true"
	 * @generated
	 */
	EList<DecisionLine> getLines();

	/**
	 * Returns the value of the '<em><b>Additional Sanctions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Additional Sanctions</em>' attribute list.
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getSanctionDecision_AdditionalSanctions()
	 * @model
	 * @generated
	 */
	EList<String> getAdditionalSanctions();

	/**
	 * Returns the value of the '<em><b>Remedial Measures</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remedial Measures</em>' attribute list.
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getSanctionDecision_RemedialMeasures()
	 * @model
	 * @generated
	 */
	EList<String> getRemedialMeasures();

	/**
	 * Returns the value of the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The total fine in whole VND: the sum of the lines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total</em>' attribute.
	 * @see #setTotal(long)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getSanctionDecision_Total()
	 * @model
	 * @generated
	 */
	long getTotal();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.SanctionDecision#getTotal <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' attribute.
	 * @see #getTotal()
	 * @generated
	 */
	void setTotal(long value);

	/**
	 * Returns the value of the '<em><b>Payments</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.inspection.model.Payment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Payments</em>' containment reference list.
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getSanctionDecision_Payments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Payment> getPayments();

	/**
	 * Returns the value of the '<em><b>Instalments</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.inspection.model.Instalment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instalments</em>' containment reference list.
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getSanctionDecision_Instalments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Instalment> getInstalments();

	/**
	 * Returns the value of the '<em><b>Enforcement</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enforcement</em>' containment reference.
	 * @see #setEnforcement(Enforcement)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getSanctionDecision_Enforcement()
	 * @model containment="true"
	 * @generated
	 */
	Enforcement getEnforcement();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.SanctionDecision#getEnforcement <em>Enforcement</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enforcement</em>' containment reference.
	 * @see #getEnforcement()
	 * @generated
	 */
	void setEnforcement(Enforcement value);

	/**
	 * Returns the value of the '<em><b>Received On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the violator received the decision; payment is due 10 days later.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Received On</em>' attribute.
	 * @see #setReceivedOn(LocalDate)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getSanctionDecision_ReceivedOn()
	 * @model dataType="vn.egov.workbench.inspection.model.LocalDate"
	 * @generated
	 */
	LocalDate getReceivedOn();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.SanctionDecision#getReceivedOn <em>Received On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received On</em>' attribute.
	 * @see #getReceivedOn()
	 * @generated
	 */
	void setReceivedOn(LocalDate value);

} // SanctionDecision
