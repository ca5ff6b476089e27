/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/smartcity.ecore.
 */
package vn.egov.workbench.example.smartcity.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see vn.egov.workbench.example.smartcity.model.SmartcityPackage
 * @generated
 */
public interface SmartcityFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SmartcityFactory eINSTANCE = vn.egov.workbench.example.smartcity.model.impl.SmartcityFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Io TPlatform</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Io TPlatform</em>'.
	 * @generated
	 */
	IoTPlatform createIoTPlatform();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SmartcityPackage getSmartcityPackage();

} //SmartcityFactory
