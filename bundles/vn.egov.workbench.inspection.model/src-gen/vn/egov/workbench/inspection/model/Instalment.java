/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instalment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One planned instalment of a fine paid in instalments.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.Instalment#getSequence <em>Sequence</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.Instalment#getDueOn <em>Due On</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.Instalment#getAmount <em>Amount</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInstalment()
 * @model
 * @generated
 */
public interface Instalment extends EObject {
	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequence</em>' attribute.
	 * @see #setSequence(int)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInstalment_Sequence()
	 * @model
	 * @generated
	 */
	int getSequence();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.Instalment#getSequence <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' attribute.
	 * @see #getSequence()
	 * @generated
	 */
	void setSequence(int value);

	/**
	 * Returns the value of the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due On</em>' attribute.
	 * @see #setDueOn(LocalDate)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInstalment_DueOn()
	 * @model dataType="vn.egov.workbench.inspection.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueOn();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.Instalment#getDueOn <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due On</em>' attribute.
	 * @see #getDueOn()
	 * @generated
	 */
	void setDueOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(long)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInstalment_Amount()
	 * @model
	 * @generated
	 */
	long getAmount();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.Instalment#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(long value);

} // Instalment
