/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Integration Platform</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.IntegrationPlatform#getPlatformKind <em>Platform Kind</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getIntegrationPlatform()
 * @model
 * @generated
 */
public interface IntegrationPlatform extends Element {
	/**
	 * Returns the value of the '<em><b>Platform Kind</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link vn.egov.workbench.architecture.model.IntegrationPlatformKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Platform Kind</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.IntegrationPlatformKind
	 * @see #setPlatformKind(IntegrationPlatformKind)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getIntegrationPlatform_PlatformKind()
	 * @model default="OTHER"
	 * @generated
	 */
	IntegrationPlatformKind getPlatformKind();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.IntegrationPlatform#getPlatformKind <em>Platform Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Platform Kind</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.IntegrationPlatformKind
	 * @see #getPlatformKind()
	 * @generated
	 */
	void setPlatformKind(IntegrationPlatformKind value);

} // IntegrationPlatform
