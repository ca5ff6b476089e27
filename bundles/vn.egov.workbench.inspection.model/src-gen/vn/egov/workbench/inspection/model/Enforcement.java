/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enforcement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Enforcement (cưỡng chế) of an unpaid decision.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.Enforcement#getDecisionNumber <em>Decision Number</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.Enforcement#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.Enforcement#getMeasure <em>Measure</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.Enforcement#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.inspection.model.InspectionPackage#getEnforcement()
 * @model
 * @generated
 */
public interface Enforcement extends EObject {
	/**
	 * Returns the value of the '<em><b>Decision Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision Number</em>' attribute.
	 * @see #setDecisionNumber(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getEnforcement_DecisionNumber()
	 * @model
	 * @generated
	 */
	String getDecisionNumber();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.Enforcement#getDecisionNumber <em>Decision Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Number</em>' attribute.
	 * @see #getDecisionNumber()
	 * @generated
	 */
	void setDecisionNumber(String value);

	/**
	 * Returns the value of the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided On</em>' attribute.
	 * @see #setDecidedOn(LocalDate)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getEnforcement_DecidedOn()
	 * @model dataType="vn.egov.workbench.inspection.model.LocalDate"
	 * @generated
	 */
	LocalDate getDecidedOn();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.Enforcement#getDecidedOn <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided On</em>' attribute.
	 * @see #getDecidedOn()
	 * @generated
	 */
	void setDecidedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see #setMeasure(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getEnforcement_Measure()
	 * @model
	 * @generated
	 */
	String getMeasure();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.Enforcement#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getEnforcement_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.Enforcement#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Enforcement
