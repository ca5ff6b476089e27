/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import vn.egov.workbench.architecture.model.AdministrativeProcedure;
import vn.egov.workbench.architecture.model.ArchitecturePackage;

/**
 * This is the item provider adapter for a {@link vn.egov.workbench.architecture.model.AdministrativeProcedure} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AdministrativeProcedureItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdministrativeProcedureItemProvider(AdapterFactory adapterFactory) {
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

			addNationalCodePropertyDescriptor(object);
			addSectorPropertyDescriptor(object);
			addGovernmentLevelPropertyDescriptor(object);
			addOnlineServiceLevelPropertyDescriptor(object);
			addTimeLimitDaysPropertyDescriptor(object);
			addFeeVndPropertyDescriptor(object);
			addHandlingUnitPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the National Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNationalCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdministrativeProcedure_nationalCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdministrativeProcedure_nationalCode_feature", "_UI_AdministrativeProcedure_type"),
				 ArchitecturePackage.Literals.ADMINISTRATIVE_PROCEDURE__NATIONAL_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sector feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSectorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdministrativeProcedure_sector_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdministrativeProcedure_sector_feature", "_UI_AdministrativeProcedure_type"),
				 ArchitecturePackage.Literals.ADMINISTRATIVE_PROCEDURE__SECTOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Government Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGovernmentLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdministrativeProcedure_governmentLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdministrativeProcedure_governmentLevel_feature", "_UI_AdministrativeProcedure_type"),
				 ArchitecturePackage.Literals.ADMINISTRATIVE_PROCEDURE__GOVERNMENT_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Online Service Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOnlineServiceLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdministrativeProcedure_onlineServiceLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdministrativeProcedure_onlineServiceLevel_feature", "_UI_AdministrativeProcedure_type"),
				 ArchitecturePackage.Literals.ADMINISTRATIVE_PROCEDURE__ONLINE_SERVICE_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Time Limit Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTimeLimitDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdministrativeProcedure_timeLimitDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdministrativeProcedure_timeLimitDays_feature", "_UI_AdministrativeProcedure_type"),
				 ArchitecturePackage.Literals.ADMINISTRATIVE_PROCEDURE__TIME_LIMIT_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fee Vnd feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFeeVndPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdministrativeProcedure_feeVnd_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdministrativeProcedure_feeVnd_feature", "_UI_AdministrativeProcedure_type"),
				 ArchitecturePackage.Literals.ADMINISTRATIVE_PROCEDURE__FEE_VND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Handling Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHandlingUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AdministrativeProcedure_handlingUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AdministrativeProcedure_handlingUnit_feature", "_UI_AdministrativeProcedure_type"),
				 ArchitecturePackage.Literals.ADMINISTRATIVE_PROCEDURE__HANDLING_UNIT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This returns AdministrativeProcedure.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AdministrativeProcedure"));
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
		String label = ((AdministrativeProcedure)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_AdministrativeProcedure_type") :
			getString("_UI_AdministrativeProcedure_type") + " " + label;
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

		switch (notification.getFeatureID(AdministrativeProcedure.class)) {
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__NATIONAL_CODE:
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__SECTOR:
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__GOVERNMENT_LEVEL:
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__ONLINE_SERVICE_LEVEL:
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__TIME_LIMIT_DAYS:
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE__FEE_VND:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
