/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Folder;

/**
 * This is the item provider adapter for a {@link vn.egov.workbench.architecture.model.Folder} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class FolderItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FolderItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addFolderTypePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Folder Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFolderTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Folder_folderType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Folder_folderType_feature", "_UI_Folder_type"),
				 ArchitecturePackage.Literals.FOLDER__FOLDER_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ArchitecturePackage.Literals.FOLDER__FOLDERS);
			childrenFeatures.add(ArchitecturePackage.Literals.FOLDER__ITEMS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Folder.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Folder"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Folder)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Folder_type") :
			getString("_UI_Folder_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Folder.class)) {
			case ArchitecturePackage.FOLDER__FOLDER_TYPE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ArchitecturePackage.FOLDER__FOLDERS:
			case ArchitecturePackage.FOLDER__ITEMS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__FOLDERS,
				 ArchitectureFactory.eINSTANCE.createFolder()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createStakeholder()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createOrganisationUnit()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createAccessChannel()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createAdministrativeProcedure()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createBusinessFunction()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createBusinessProcess()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createApplication()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createPortal()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createDatabase()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createDataEntity()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createReferenceData()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createIntegrationPlatform()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createIntegrationService()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createInfrastructure()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createSecurityControl()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createPolicy()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createStandard()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createProject()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createRoadmap()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createExternalSystem()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createComposes()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createServes()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createAccesses()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createRealises()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createFlowsVia()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createDeployedOn()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createOwns()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createCompliesWith()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createProtects()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createReplaces()));

		newChildDescriptors.add
			(createChildParameter
				(ArchitecturePackage.Literals.FOLDER__ITEMS,
				 ArchitectureFactory.eINSTANCE.createDiagram()));
	}

}
