/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Security Control</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.SecurityControl#getLayer <em>Layer</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getSecurityControl()
 * @model
 * @generated
 */
public interface SecurityControl extends Element {
	/**
	 * Returns the value of the '<em><b>Layer</b></em>' attribute.
	 * The default value is <code>"LAYER_1_ONSITE"</code>.
	 * The literals are from the enumeration {@link vn.egov.workbench.architecture.model.SecurityLayer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.SecurityLayer
	 * @see #setLayer(SecurityLayer)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getSecurityControl_Layer()
	 * @model default="LAYER_1_ONSITE"
	 * @generated
	 */
	SecurityLayer getLayer();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.SecurityControl#getLayer <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.SecurityLayer
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(SecurityLayer value);

} // SecurityControl
