/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Portal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.Portal#getUrl <em>Url</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Portal#getPortalType <em>Portal Type</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getPortal()
 * @model
 * @generated
 */
public interface Portal extends Application {
	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getPortal_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Portal#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Portal Type</b></em>' attribute.
	 * The default value is <code>"other"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An open list of codes: e-portal, public-service, one-stop, member-site, other.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Portal Type</em>' attribute.
	 * @see #setPortalType(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getPortal_PortalType()
	 * @model default="other"
	 * @generated
	 */
	String getPortalType();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Portal#getPortalType <em>Portal Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Portal Type</em>' attribute.
	 * @see #getPortalType()
	 * @generated
	 */
	void setPortalType(String value);

} // Portal
