/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Payment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.Payment#getReceipt <em>Receipt</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.Payment#getPaidOn <em>Paid On</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.Payment#getAmount <em>Amount</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.inspection.model.InspectionPackage#getPayment()
 * @model
 * @generated
 */
public interface Payment extends EObject {
	/**
	 * Returns the value of the '<em><b>Receipt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of the receipt (biên lai) or the treasury payment order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Receipt</em>' attribute.
	 * @see #setReceipt(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getPayment_Receipt()
	 * @model
	 * @generated
	 */
	String getReceipt();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.Payment#getReceipt <em>Receipt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Receipt</em>' attribute.
	 * @see #getReceipt()
	 * @generated
	 */
	void setReceipt(String value);

	/**
	 * Returns the value of the '<em><b>Paid On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paid On</em>' attribute.
	 * @see #setPaidOn(LocalDate)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getPayment_PaidOn()
	 * @model dataType="vn.egov.workbench.inspection.model.LocalDate"
	 * @generated
	 */
	LocalDate getPaidOn();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.Payment#getPaidOn <em>Paid On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paid On</em>' attribute.
	 * @see #getPaidOn()
	 * @generated
	 */
	void setPaidOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(long)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getPayment_Amount()
	 * @model
	 * @generated
	 */
	long getAmount();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.Payment#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(long value);

} // Payment
