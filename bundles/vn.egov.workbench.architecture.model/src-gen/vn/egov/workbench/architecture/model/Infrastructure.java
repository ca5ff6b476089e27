/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Infrastructure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.Infrastructure#getInfraType <em>Infra Type</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Infrastructure#isIpv6Ready <em>Ipv6 Ready</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getInfrastructure()
 * @model
 * @generated
 */
public interface Infrastructure extends Element {
	/**
	 * Returns the value of the '<em><b>Infra Type</b></em>' attribute.
	 * The default value is <code>"other"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An open list of codes: data-centre, network, server, cloud, other.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Infra Type</em>' attribute.
	 * @see #setInfraType(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getInfrastructure_InfraType()
	 * @model default="other"
	 * @generated
	 */
	String getInfraType();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Infrastructure#getInfraType <em>Infra Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Infra Type</em>' attribute.
	 * @see #getInfraType()
	 * @generated
	 */
	void setInfraType(String value);

	/**
	 * Returns the value of the '<em><b>Ipv6 Ready</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ipv6 Ready</em>' attribute.
	 * @see #setIpv6Ready(boolean)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getInfrastructure_Ipv6Ready()
	 * @model default="false"
	 * @generated
	 */
	boolean isIpv6Ready();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Infrastructure#isIpv6Ready <em>Ipv6 Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipv6 Ready</em>' attribute.
	 * @see #isIpv6Ready()
	 * @generated
	 */
	void setIpv6Ready(boolean value);

} // Infrastructure
