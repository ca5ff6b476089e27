/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>External System</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A system outside the province's control: a national database, a ministry's system, a system outside the state.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.ExternalSystem#getOperator <em>Operator</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.ExternalSystem#isNationalDatabase <em>National Database</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getExternalSystem()
 * @model
 * @generated
 */
public interface ExternalSystem extends Element {
	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getExternalSystem_Operator()
	 * @model
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.ExternalSystem#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

	/**
	 * Returns the value of the '<em><b>National Database</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>National Database</em>' attribute.
	 * @see #setNationalDatabase(boolean)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getExternalSystem_NationalDatabase()
	 * @model default="false"
	 * @generated
	 */
	boolean isNationalDatabase();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.ExternalSystem#isNationalDatabase <em>National Database</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Database</em>' attribute.
	 * @see #isNationalDatabase()
	 * @generated
	 */
	void setNationalDatabase(boolean value);

} // ExternalSystem
