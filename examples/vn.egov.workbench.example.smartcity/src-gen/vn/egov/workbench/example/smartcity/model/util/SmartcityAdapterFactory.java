/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/smartcity.ecore.
 */
package vn.egov.workbench.example.smartcity.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.ArchitectureObject;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.FolderItem;
import vn.egov.workbench.architecture.model.NamedElement;
import vn.egov.workbench.architecture.model.PropertiesHolder;

import vn.egov.workbench.example.smartcity.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see vn.egov.workbench.example.smartcity.model.SmartcityPackage
 * @generated
 */
public class SmartcityAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SmartcityPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SmartcityAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SmartcityPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SmartcitySwitch<Adapter> modelSwitch =
		new SmartcitySwitch<Adapter>() {
			@Override
			public Adapter caseIoTPlatform(IoTPlatform object) {
				return createIoTPlatformAdapter();
			}
			@Override
			public Adapter casePropertiesHolder(PropertiesHolder object) {
				return createPropertiesHolderAdapter();
			}
			@Override
			public Adapter caseArchitectureObject(ArchitectureObject object) {
				return createArchitectureObjectAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseFolderItem(FolderItem object) {
				return createFolderItemAdapter();
			}
			@Override
			public Adapter caseElement(Element object) {
				return createElementAdapter();
			}
			@Override
			public Adapter caseApplication(Application object) {
				return createApplicationAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.example.smartcity.model.IoTPlatform <em>Io TPlatform</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.example.smartcity.model.IoTPlatform
	 * @generated
	 */
	public Adapter createIoTPlatformAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.PropertiesHolder <em>Properties Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.PropertiesHolder
	 * @generated
	 */
	public Adapter createPropertiesHolderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.ArchitectureObject <em>Object</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.ArchitectureObject
	 * @generated
	 */
	public Adapter createArchitectureObjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.FolderItem <em>Folder Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.FolderItem
	 * @generated
	 */
	public Adapter createFolderItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Element
	 * @generated
	 */
	public Adapter createElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Application <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Application
	 * @generated
	 */
	public Adapter createApplicationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //SmartcityAdapterFactory
