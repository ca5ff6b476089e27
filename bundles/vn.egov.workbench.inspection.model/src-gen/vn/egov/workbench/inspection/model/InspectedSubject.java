/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model;

import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.rules.ViolatorType;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inspected Subject</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisation or individual that is inspected.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectedSubject#getViolatorType <em>Violator Type</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectedSubject#getName <em>Name</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectedSubject#getTaxCode <em>Tax Code</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectedSubject#getIdNumber <em>Id Number</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectedSubject#getAddress <em>Address</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.InspectedSubject#getSector <em>Sector</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectedSubject()
 * @model
 * @generated
 */
public interface InspectedSubject extends Entity {
	/**
	 * Returns the value of the '<em><b>Violator Type</b></em>' attribute.
	 * The default value is <code>"ORGANISATION"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Violator Type</em>' attribute.
	 * @see #setViolatorType(ViolatorType)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectedSubject_ViolatorType()
	 * @model default="ORGANISATION" dataType="vn.egov.workbench.inspection.model.ViolatorType"
	 * @generated
	 */
	ViolatorType getViolatorType();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectedSubject#getViolatorType <em>Violator Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Violator Type</em>' attribute.
	 * @see #getViolatorType()
	 * @generated
	 */
	void setViolatorType(ViolatorType value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectedSubject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectedSubject#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Tax Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tax code of an organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tax Code</em>' attribute.
	 * @see #setTaxCode(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectedSubject_TaxCode()
	 * @model
	 * @generated
	 */
	String getTaxCode();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectedSubject#getTaxCode <em>Tax Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tax Code</em>' attribute.
	 * @see #getTaxCode()
	 * @generated
	 */
	void setTaxCode(String value);

	/**
	 * Returns the value of the '<em><b>Id Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Citizen ID number of an individual.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Number</em>' attribute.
	 * @see #setIdNumber(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectedSubject_IdNumber()
	 * @model
	 * @generated
	 */
	String getIdNumber();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectedSubject#getIdNumber <em>Id Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Number</em>' attribute.
	 * @see #getIdNumber()
	 * @generated
	 */
	void setIdNumber(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectedSubject_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectedSubject#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see #setSector(Sector)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getInspectedSubject_Sector()
	 * @model dataType="vn.egov.workbench.inspection.model.Sector"
	 * @generated
	 */
	Sector getSector();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.InspectedSubject#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see #getSector()
	 * @generated
	 */
	void setSector(Sector value);

} // InspectedSubject
