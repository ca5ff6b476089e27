/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Access Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.AccessChannel#getChannelType <em>Channel Type</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getAccessChannel()
 * @model
 * @generated
 */
public interface AccessChannel extends Element {
	/**
	 * Returns the value of the '<em><b>Channel Type</b></em>' attribute.
	 * The default value is <code>"other"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An open list of codes: web, mobile, one-stop-desk, sms, postal-bcci, other.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel Type</em>' attribute.
	 * @see #setChannelType(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getAccessChannel_ChannelType()
	 * @model default="other"
	 * @generated
	 */
	String getChannelType();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.AccessChannel#getChannelType <em>Channel Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel Type</em>' attribute.
	 * @see #getChannelType()
	 * @generated
	 */
	void setChannelType(String value);

} // AccessChannel
